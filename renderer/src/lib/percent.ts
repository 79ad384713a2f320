// Percentages for rates in [0, 1]: one decimal below 10 %, whole numbers above, in the display locale.
import { LOCALE_TAG, type Language } from '../../../shared/i18n';

export function formatPercent(rate: number, lang: Language): string {
  const digits = rate > 0 && rate < 0.1 ? 1 : 0;
  return new Intl.NumberFormat(LOCALE_TAG[lang], { style: 'percent', maximumFractionDigits: digits, minimumFractionDigits: digits }).format(rate);
}
