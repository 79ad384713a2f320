// The report fields an examiner records in the case: the findings paragraph and every annex field the
// vault cannot know (place, device, contact, occurrence, measures …). Grouped by the annex that prints
// them, so the form and the printed annexes list the same fields in the same order.
import type { IncidentFacts } from './model';

/** Fields of IncidentFacts, by annex. Some print in two annexes (place: BSA place, CERT-In and DPDP location). */
export const REPORT_FIELD_GROUPS = {
  findings: ['statement'],
  bsa: ['device', 'place'],
  certIn: ['contact', 'occurredAt', 'detectedAt', 'affectedSystems', 'description', 'actionsTaken'],
  dpdp: ['dataFiduciary', 'likelyImpact', 'mitigation', 'personResponsible', 'remedialMeasures', 'principalsIntimated'],
} as const;

export type ReportFieldGroup = keyof typeof REPORT_FIELD_GROUPS;
export type ReportFieldName = (typeof REPORT_FIELD_GROUPS)[ReportFieldGroup][number];

export const REPORT_FIELD_NAMES: readonly ReportFieldName[] = Object.values(REPORT_FIELD_GROUPS).flat();

/** Every IncidentFacts key is a field (compile-time check), plus 'statement' (the examiner's findings). */
type Missing = Exclude<keyof IncidentFacts, ReportFieldName>;
const allIncidentFacts: [Missing] extends [never] ? true : false = true;
void allIncidentFacts;

/** Longest text per field: the findings may be several paragraphs; the rest are a line or a short paragraph. */
export const REPORT_FIELD_MAX: Record<ReportFieldName, number> = Object.fromEntries(
  REPORT_FIELD_NAMES.map((f) => [f, f === 'statement' ? 20000 : 2000]),
) as Record<ReportFieldName, number>;

/** Fields that hold a time: an ISO-8601 value prints in IST; other text prints as written. */
export const REPORT_TIME_FIELDS: readonly ReportFieldName[] = ['occurredAt', 'detectedAt'];

/** The examiner's own contact details (CERT-In reporter contact, DPDP contact person): not suspect data, so
 * they are shown and printed as typed, where every other field is redacted like the rest of the report. */
export const EXAMINER_OWN_FIELDS: ReadonlySet<string> = new Set<ReportFieldName>(['contact']);

/** Only the fields with text (a blank field prints "to be completed"). */
export type ReportFields = Partial<Record<ReportFieldName, string>>;

/** Splits saved fields into what the report generator takes: the findings and the incident facts. */
export function reportInputsOf(f: ReportFields): { statement?: string; incident: IncidentFacts } {
  const { statement, ...incident } = f;
  return { ...(statement !== undefined ? { statement } : {}), incident };
}
