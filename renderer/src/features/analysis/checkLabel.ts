// A validity check's code ('IN_AADHAAR') as a short label in the display language.
import type { TFunction } from 'i18next';
import { catalogues } from '../../../../shared/i18n';

type CheckKey = keyof typeof catalogues.en.analysis.check;

export function checkLabel(t: TFunction, check: string): string {
  return check in catalogues.en.analysis.check ? t(`analysis.check.${check as CheckKey}`) : check.replace(/^IN_/, '').replace(/_/g, ' ');
}
