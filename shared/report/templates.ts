// What each audience reads first. The facts are the same in every template; only emphasis and order
// differ, so one model can be rendered for any of them.
import type { ReportTemplate } from './model';

export type SectionId =
  | 'summary'
  | 'plainSummary'
  | 'incident'
  | 'personalData'
  | 'evidence'
  | 'authenticity'
  | 'notes'
  | 'custody'
  | 'verify'
  | 'annexA'
  | 'annexB'
  | 'annexC'
  /** Records of interest: printed only when the examiner chose bookmarked records; always the last annex. */
  | 'records';

export const TEMPLATE_SECTIONS: Record<ReportTemplate, readonly SectionId[]> = {
  // DPDP focus: who was affected and how, then the breach-intimation fields right after the evidence.
  regulator: ['summary', 'personalData', 'evidence', 'authenticity', 'notes', 'verify', 'custody', 'annexC', 'annexA', 'annexB', 'records'],
  // Members read the plain-language answers first; the technical record follows for their staff.
  parliament: ['plainSummary', 'summary', 'authenticity', 'personalData', 'evidence', 'notes', 'verify', 'custody', 'annexA', 'annexC', 'annexB', 'records'],
  // CERT-In's reporting form comes first, as its analysts triage by those fields (so it is not repeated as an annex).
  'cert-in': ['incident', 'summary', 'evidence', 'personalData', 'authenticity', 'notes', 'verify', 'custody', 'annexA', 'annexC', 'records'],
};
