// Reports: the model, its HTML rendering (English and Hindi, three audiences) and spreadsheet-safe CSV.
export * from './model';
export { renderReportHtml, renderPageTemplates, type PageTemplates } from './render-html';
export { type ReportFonts } from './styles';
export { reportStrings, label, type ReportStrings } from './strings';
export { TEMPLATE_SECTIONS, type SectionId } from './templates';
export { esc } from './escape';
export { neutraliseFormula, csvField, csvRecord } from './csv';
export { REPORT_FIELD_GROUPS, REPORT_FIELD_NAMES, REPORT_FIELD_MAX, REPORT_TIME_FIELDS, reportInputsOf, type ReportFieldGroup, type ReportFieldName, type ReportFields } from './fields';
