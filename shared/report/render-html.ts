// Renders a report model to one self-contained HTML document (fonts inlined, nothing fetched), plus the
// header and footer templates Chromium prints on every page. Pure: the same model and fonts always give
// the same bytes, which is what makes the PDF reproducible.
import { certInAnnex, certInFields, dpdpAnnex, hashCertificate } from './annexes';
import { esc, html, raw, type Html } from './escape';
import type { ReportModel } from './model';
import * as s from './sections';
import { reportStrings } from './strings';
import { fontFaces, FONT_STACK, FONT_STACK_HI, REPORT_CSS, REPORT_CSS_HI, type ReportFonts } from './styles';
import { TEMPLATE_SECTIONS, type SectionId } from './templates';
import { recordsAnnex } from './records-annex';

// Defence in depth behind escaping: even if markup slipped through, the page may run no script and load
// nothing but inline styles and data: fonts/images.
const CSP = "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:";

function section(id: SectionId, ctx: s.SectionContext, annexIndex: () => number): Html {
  switch (id) {
    case 'summary':
      return s.summary(ctx);
    case 'plainSummary':
      return s.plainSummary(ctx);
    case 'incident':
      return certInFields(ctx, html`<h2>${ctx.t.sections.incident}</h2>`);
    case 'personalData':
      return s.personalData(ctx);
    case 'evidence':
      return s.evidence(ctx);
    case 'authenticity':
      return s.authenticity(ctx);
    case 'notes':
      return s.notes(ctx);
    case 'custody':
      return s.custody(ctx);
    case 'verify':
      return s.verify(ctx);
    case 'annexA':
      return hashCertificate(ctx, annexIndex());
    case 'annexB':
      return certInAnnex(ctx, annexIndex());
    case 'annexC':
      return dpdpAnnex(ctx, annexIndex());
    case 'records':
      return recordsAnnex(ctx, annexIndex);
  }
}

/** `pngs`: base64 of each redacted image by its bundle file name (model.images[].file), embedded as data: URIs. */
export function renderReportHtml(model: ReportModel, fonts: ReportFonts, pngs?: Readonly<Record<string, string>>): string {
  const ctx: s.SectionContext = { m: model, t: reportStrings(model.lang), ...(pngs ? { pngs } : {}) };
  let annexes = 0;
  const next = (): number => annexes++;
  const body = TEMPLATE_SECTIONS[model.template].map((id) => section(id, ctx, next));
  const stack = model.lang === 'hi' ? FONT_STACK_HI : FONT_STACK;
  const doc = html`<!DOCTYPE html>
<html lang="${model.lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<title>${ctx.t.title[model.template]}: ${model.case.title}</title>
<style>${raw(fontFaces(fonts))}
${raw(REPORT_CSS)}
${raw(model.lang === 'hi' ? REPORT_CSS_HI : '')}
body { font-family: ${raw(stack)}; }
</style>
</head>
<body>
${s.cover(ctx)}
${body}
</body>
</html>
`;
  return doc.value;
}

export interface PageTemplates {
  headerTemplate: string;
  footerTemplate: string;
}

/**
 * Chromium renders these in a separate, tiny document per page (no access to the page's fonts, default
 * font size ~0), so they carry their own size and, for Hindi, their own embedded Devanagari face.
 * `pageNumber`/`totalPages` spans are filled in by Chromium.
 */
export function renderPageTemplates(model: ReportModel, fonts: ReportFonts): PageTemplates {
  const t = reportStrings(model.lang);
  // Only the Devanagari regular face (it has Latin too): the templates are parsed again for every page,
  // and embedding all four faces made a long Hindi report several times slower to print.
  const face =
    model.lang === 'hi'
      ? `<style>@font-face{font-family:'Report Devanagari';src:url(data:font/ttf;base64,${fonts.devanagariRegular}) format('truetype');}</style>`
      : '';
  const family = model.lang === 'hi' ? "'Report Devanagari', sans-serif" : FONT_STACK;
  const base = `font-family:${family};font-size:7.5pt;color:#5a6473;width:100%;margin:0 16mm;display:flex;justify-content:space-between;gap:10pt;`;
  const title = esc(`${t.title[model.template]} · ${model.case.ref || model.case.title}`);
  const page = t.pageOf('<span class="pageNumber"></span>', '<span class="totalPages"></span>');
  return {
    // An empty header: each template is a separate document per page, and a long report printed
    // noticeably faster with one of them trivial. The footer carries the title and page numbers.
    headerTemplate: '<span></span>',
    footerTemplate: `${face}<div style="${base}"><span>${esc(t.confidential)} · ${title}</span><span style="white-space:nowrap">${page}</span></div>`,
  };
}
