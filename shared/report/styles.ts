// The report's print stylesheet: a sober, dense document in the manner of a government technical report.
// Fonts arrive as data: URLs (the page loads nothing from anywhere), Noto Sans for Latin and Noto Sans
// Devanagari for Hindi, so the same glyphs are used on every machine.

export interface ReportFonts {
  /** Base64 of the TTF files. */
  latinRegular: string;
  latinBold: string;
  devanagariRegular: string;
  devanagariBold: string;
}

const face = (family: string, weight: number, b64: string): string =>
  `@font-face{font-family:'${family}';font-weight:${weight};font-style:normal;src:url(data:font/ttf;base64,${b64}) format('truetype');}`;

export function fontFaces(f: ReportFonts): string {
  return [
    face('Report Latin', 400, f.latinRegular),
    face('Report Latin', 700, f.latinBold),
    face('Report Devanagari', 400, f.devanagariRegular),
    face('Report Devanagari', 700, f.devanagariBold),
  ].join('\n');
}

export const FONT_STACK = "'Report Latin', 'Report Devanagari', sans-serif";
/** Hindi text reads best with the Devanagari face first (its Latin is metrically matched). */
export const FONT_STACK_HI = "'Report Devanagari', 'Report Latin', sans-serif";

export const REPORT_CSS = `
@page { size: A4; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-size: 9.5pt; line-height: 1.45; color: #1a1f2b; }
h1 { font-size: 19pt; line-height: 1.25; margin: 0 0 4pt; color: #12263f; }
h2 { font-size: 13pt; margin: 18pt 0 6pt; padding-bottom: 3pt; border-bottom: 1.2pt solid #12263f; color: #12263f; break-after: avoid; }
h3 { font-size: 10.5pt; margin: 10pt 0 4pt; color: #12263f; break-after: avoid; }
p { margin: 0 0 6pt; }
.muted { color: #5a6473; }
.small { font-size: 8pt; }
.hash { font-variant-numeric: tabular-nums; letter-spacing: 0.1pt; font-size: 8pt; word-break: break-all; }
.nowrap { white-space: nowrap; }
.cover { border-left: 5pt solid #b45309; padding: 4pt 0 4pt 12pt; margin-bottom: 12pt; }
.cover .eyebrow { text-transform: uppercase; letter-spacing: 1pt; font-size: 8pt; color: #b45309; font-weight: 700; }
.cover .audience { font-size: 10pt; color: #3b4656; }
table { width: 100%; border-collapse: collapse; margin: 4pt 0 8pt; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th, td { text-align: left; vertical-align: top; padding: 2.5pt 4pt; border-bottom: 0.5pt solid #c9ced6; }
th { background: #e8ecf2; font-size: 8pt; font-weight: 700; color: #12263f; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
table.meta th { width: 27%; background: transparent; font-size: 9pt; font-weight: 700; border-bottom: 0.5pt solid #e1e4ea; }
table.meta td { border-bottom: 0.5pt solid #e1e4ea; }
.log { font-size: 7pt; border-top: 0.5pt solid #c9ced6; }
.log .r { break-inside: avoid; border-bottom: 0.4pt solid #e1e4ea; padding: 1pt 0; line-height: 1.3; }
.log .r:nth-child(odd) { background: #f6f7f9; }
.log .r.h { background: #e8ecf2; font-weight: 700; font-size: 7.5pt; color: #12263f; }
.log .r > span { display: inline-block; vertical-align: top; padding: 0 3pt; }
.log .r > span:nth-child(1) { width: 6%; text-align: right; font-variant-numeric: tabular-nums; }
.log .r > span:nth-child(2) { width: 16%; white-space: nowrap; }
.log .r > span:nth-child(3) { width: 17%; }
.log .r > span:nth-child(4) { width: 14%; }
.log .r > span:nth-child(5) { width: 47%; overflow-wrap: anywhere; }
.figures { display: grid; grid-template-columns: repeat(3, 1fr); gap: 6pt; margin: 6pt 0 10pt; }
.figure { border: 0.6pt solid #c9ced6; border-radius: 3pt; padding: 5pt 7pt; break-inside: avoid; }
.figure .v { font-size: 12.5pt; font-weight: 700; color: #12263f; }
.figure .k { font-size: 7.5pt; color: #5a6473; }
.qa { margin: 0 0 8pt; break-inside: avoid; }
.qa .q { font-weight: 700; color: #12263f; margin-bottom: 2pt; }
.item { border: 0.6pt solid #c9ced6; border-radius: 3pt; margin: 0 0 7pt; break-inside: avoid; }
.item .head { background: #e8ecf2; padding: 3pt 6pt; font-weight: 700; display: flex; justify-content: space-between; gap: 8pt; }
.item .head .id { font-weight: 400; color: #5a6473; font-size: 8pt; }
.item table { margin: 0; }
.item td, .item th { border-bottom: 0.4pt solid #e1e4ea; }
.item tr:last-child td, .item tr:last-child th { border-bottom: none; }
.item th { background: transparent; width: 17%; }
.shot { margin: 0; padding: 5pt 6pt 6pt; border-top: 0.4pt solid #e1e4ea; }
.shot img { display: block; width: auto; height: auto; max-width: 100%; max-height: 110mm; margin: 0 auto 4pt; border: 0.5pt solid #c9ced6; }
.shot.page img { max-height: 210mm; }
.shot figcaption { font-size: 8pt; line-height: 1.4; }
.verdict { font-weight: 700; }
ol.steps li { margin-bottom: 4pt; }
.box { border: 0.8pt solid #12263f; padding: 8pt 10pt; border-radius: 2pt; }
.sign { display: grid; grid-template-columns: 1fr 1fr; gap: 4pt 16pt; margin-top: 14pt; }
.sign .line { border-bottom: 0.6pt solid #1a1f2b; height: 18pt; }
.todo { color: #9a3412; font-style: italic; }
.page-break { break-before: page; }
.annex h2 { border-bottom-color: #b45309; }
`;
/** Letter-spacing breaks Devanagari conjuncts apart; Hindi headings rely on weight and colour instead. */
export const REPORT_CSS_HI = `.cover .eyebrow { letter-spacing: 0; text-transform: none; }`;
