// The body sections of a report. Each takes the model and the language's strings and returns escaped
// markup; no section reads anything but the model.
import { displayFingerprint } from '../custody';
import { esc, html, raw, type Html } from './escape';
import { countWithWords, formatBytes, formatBytesExact, formatIst, formatIstShort, groupIndian } from '../format';
import type { ReportImage, ReportModel } from './model';
import { label, type ReportStrings, type SummaryFacts } from './strings';
import { analysisStrings, overlapFacts, overlapSentences, reasonText, totalsText } from './analysis-text';
import { scopeNote } from './records-annex';

export interface SectionContext {
  m: ReportModel;
  t: ReportStrings;
  /** Base64 of each redacted image, by its bundle file name (ReportImage.file). Without it, the caption
   * alone names the file. */
  pngs?: Readonly<Record<string, string>>;
}

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** The redacted copy of an image item (or of one page image of a scanned PDF), with a caption that ties it
 * to the item's hash. */
function imageFigure(ctx: SectionContext, img: ReportImage): Html {
  const { t } = ctx;
  const b64 = ctx.pngs?.[img.file];
  const onPage = img.page !== undefined;
  const caption = onPage ? t.image.pageCaption(img.name, groupIndian(img.page!), img.image ? groupIndian(img.image + 1) : undefined) : t.image.caption(img.name);
  const picture = b64 && BASE64.test(b64) ? html`<img src="data:image/png;base64,${raw(b64)}" alt="${caption}" width="${img.width}" height="${img.height}">` : '';
  return html`<figure class="${onPage ? 'shot page' : 'shot'}">${picture}<figcaption><b>${caption}</b> · ${t.image.confidence} ${Math.round(img.confidence)}% · ${t.image.covered(groupIndian(img.covered))}<br>
<span class="muted">${onPage ? t.image.originalPdf : 'SHA-256'}</span> <span class="hash">${img.sha256}</span><br><span class="muted">${t.image.inBundle(img.file)} (SHA-256 ${img.pngSha256.slice(0, 16)}…)</span></figcaption></figure>`;
}

/** What an item's page images left out of the report, and why. */
function leftOutNote(ctx: SectionContext, evidenceId: string): Html {
  const { m, t } = ctx;
  const x = m.pageImagesLeftOut?.items.find((i) => i.evidenceId === evidenceId);
  if (!x) return html``;
  const over = x.overLimit > 0 ? html`<p class="muted">${t.image.leftOut(groupIndian(x.overLimit), groupIndian(m.pageImagesLeftOut!.limit), groupIndian(x.fromPage ?? 0))}</p>` : '';
  const bad = x.unreadable > 0 ? html`<p class="muted">${t.image.unreadable(groupIndian(x.unreadable))}</p>` : '';
  return html`${over}${bad}`;
}

export function piiLabels({ m, t }: SectionContext, types: readonly string[]): string[] {
  void m;
  return types.map((x) => label(t.pii, x));
}

function summaryFacts(ctx: SectionContext): SummaryFacts {
  const { m, t } = ctx;
  const s = m.summary;
  return {
    items: s.evidenceCount,
    size: formatBytesExact(s.totalBytes, m.lang),
    records: countWithWords(s.totalRecords, m.lang),
    withPd: countWithWords(s.recordsWithPersonalData, m.lang),
    values: countWithWords(s.personalDataValues, m.lang),
    types: t.listJoin(piiLabels(ctx, s.personalDataTypes)),
    caseTitle: m.case.title,
    first: s.firstAcquiredAt ? formatIst(s.firstAcquiredAt, m.lang) : t.notKnown,
    last: s.lastAcquiredAt ? formatIst(s.lastAcquiredAt, m.lang) : t.notKnown,
  };
}

export function cover(ctx: SectionContext): Html {
  const { m, t } = ctx;
  const row = (k: string, v: string | Html, cls = ''): Html => html`<tr><th>${k}</th><td class="${cls}">${v}</td></tr>`;
  return html`<header class="cover">
  <div class="eyebrow">${t.confidential}</div>
  <h1>${t.title[m.template]}</h1>
  <div class="audience">${t.cover.preparedFor}: ${t.audience[m.template]}</div>
</header>
<table class="meta">
  ${row(t.cover.caseTitle, m.case.title)}
  ${row(t.cover.caseRef, m.case.ref || t.cover.none)}
  ${row(t.cover.caseId, m.case.id)}
  ${row(t.cover.caseOpened, formatIst(m.case.createdAt, m.lang))}
  ${row(t.cover.examiner, [m.examiner.name, m.examiner.designation].filter(Boolean).join(', '))}
  ${row(t.cover.organisation, m.examiner.organisation || t.cover.none)}
  ${row(t.cover.generated, formatIst(m.generatedAt, m.lang))}
  ${row(t.cover.keyFingerprint, displayFingerprint(m.examiner.keyFingerprint), 'hash')}
  ${row(t.cover.tool, m.tool)}
</table>`;
}

function keyFigures(ctx: SectionContext): Html {
  const { m, t } = ctx;
  const s = m.summary;
  const fig = (k: string, v: string): Html => html`<div class="figure"><div class="v">${v}</div><div class="k">${k}</div></div>`;
  return html`<div class="figures">
  ${fig(t.summary.items, groupIndian(s.evidenceCount))}
  ${fig(t.summary.records, countWithWords(s.totalRecords, m.lang))}
  ${m.authenticity?.totals ? fig(analysisStrings(m.lang).people, countWithWords(m.authenticity.totals.people, m.lang)) : ''}
  ${fig(t.summary.size, formatBytes(s.totalBytes, m.lang))}
  ${fig(t.summary.withPd, countWithWords(s.recordsWithPersonalData, m.lang))}
  ${fig(t.summary.values, countWithWords(s.personalDataValues, m.lang))}
  ${fig(t.summary.types, groupIndian(s.personalDataTypes.length))}
</div>`;
}

function statement(ctx: SectionContext): Html {
  const s = ctx.m.summary.statement;
  return s ? html`<h3>${ctx.t.summary.statement}</h3><p>${s}</p>` : html``;
}

export function summary(ctx: SectionContext): Html {
  const { m, t } = ctx;
  const f = summaryFacts(ctx);
  const paras = m.template === 'cert-in' ? t.summary.certIn(f) : t.summary.regulator(f);
  // Recycled samples repeat people: the analysis's count of distinct people keeps the headline honest.
  const totals = m.authenticity?.totals ? [totalsText(m.authenticity.totals, m.lang)] : [];
  return html`<section><h2>${t.sections.summary}</h2>${scopeNote(ctx)}${keyFigures(ctx)}${[...paras, ...totals].map((p) => html`<p>${p}</p>`)}${statement(ctx)}</section>`;
}

export function plainSummary(ctx: SectionContext): Html {
  const { t } = ctx;
  const qa = t.summary.parliament(summaryFacts(ctx));
  return html`<section><h2>${t.sections.plainSummary}</h2>${qa.map((x) => html`<div class="qa"><div class="q">${x.q}</div><div>${x.a}</div></div>`)}</section>`;
}

export function evidence(ctx: SectionContext): Html {
  const { m, t } = ctx;
  if (m.evidence.length === 0) return html`<section><h2>${t.sections.evidence}</h2><p>${t.evidence.none}</p></section>`;
  // Reports written before images were added have no list. A scanned PDF has one entry per page image.
  const images = new Map<string, ReportImage[]>();
  for (const i of m.images ?? []) images.set(i.evidenceId, [...(images.get(i.evidenceId) ?? []), i]);
  const items = m.evidence.map(
    (e, i) => html`<div class="item">
  <div class="head"><span>${i + 1}. ${e.name}</span><span class="id">${e.id}</span></div>
  <table>
    <tr><th>${t.evidence.format}</th><td>${e.format} · ${label(t.statuses, e.status)}</td><th>${t.evidence.records}</th><td class="num">${groupIndian(e.records)}</td></tr>
    <tr><th>${t.evidence.size}</th><td>${formatBytesExact(e.bytes, m.lang)}</td><th>${t.evidence.acquired}</th><td class="nowrap">${formatIstShort(e.acquiredAt)}</td></tr>
    <tr><th>${t.evidence.acquiredBy}</th><td>${e.acquiredBy}</td><th>${t.evidence.from}</th><td>${e.parentName ?? '—'}</td></tr>
    <tr><th>SHA-256</th><td colspan="3" class="hash">${e.sha256}</td></tr>
    <tr><th>SHA-1</th><td colspan="3" class="hash">${e.sha1}</td></tr>
    <tr><th>MD5</th><td colspan="3" class="hash">${e.md5}</td></tr>
  </table>
  ${(images.get(e.id) ?? []).map((img) => imageFigure(ctx, img))}${leftOutNote(ctx, e.id)}
</div>`,
  );
  const all = [...images.values()].flat();
  const overLimit = (m.pageImagesLeftOut?.items ?? []).reduce((n, i) => n + i.overLimit, 0);
  const note = html`${all.some((i) => i.page === undefined) ? html`<p class="muted">${t.image.note}</p>` : ''}${all.some((i) => i.page !== undefined) ? html`<p class="muted">${t.image.pdfNote}</p>` : ''}${
    overLimit > 0 ? html`<p class="muted">${t.image.leftOutTotal(groupIndian(overLimit), groupIndian(m.pageImagesLeftOut!.limit))}</p>` : ''
  }`;
  return html`<section><h2>${t.sections.evidence}</h2><p class="muted">${t.evidence.intro}</p>${note}${items}</section>`;
}

export function personalData(ctx: SectionContext): Html {
  const { m, t } = ctx;
  const partial = m.personalData.filter((p) => p.textScannedRecords < p.records);
  const scanNote = partial.map((p) => `${p.evidenceName}: ${t.pd.partialScan(groupIndian(p.textScannedRecords), groupIndian(p.records))} `).join('');
  const withTypes = m.personalData.filter((p) => p.types.length > 0);
  if (withTypes.length === 0) return html`<section><h2>${t.sections.personalData}</h2><p>${t.pd.none}</p></section>`;
  const rows = withTypes.map((p) =>
    p.types.map(
      (x, i) => html`<tr>
  <td>${i === 0 ? p.evidenceName : ''}</td>
  <td>${label(t.pii, x.type)}</td>
  <td class="num">${groupIndian(x.count)}</td>
  <td>${[...x.columns, ...x.textColumns.map((c) => `${c} (${t.pd.inText})`)].join(', ')}</td>
  <td class="nowrap">${x.examples.map((e, k) => html`${k > 0 ? raw('<br>') : ''}${e}`)}</td>
</tr>`,
    ),
  );
  return html`<section><h2>${t.sections.personalData}</h2><p class="muted">${t.pd.intro(scanNote)}</p>
<table><thead><tr><th>${t.pd.item}</th><th>${t.pd.type}</th><th class="num">${t.pd.count}</th><th>${t.pd.columns}</th><th>${t.pd.examples}</th></tr></thead>
<tbody>${rows}</tbody></table></section>`;
}

/** An overlap as sentences: the analysis's figures in words, or a summary the caller wrote; never field names. */
function overlapTexts(m: ReportModel, o: unknown): string[] {
  if (typeof o === 'string') return [o];
  const facts = overlapFacts(o);
  if (facts) {
    const names = new Map(m.evidence.map((e) => [e.id, e.name]));
    return overlapSentences(facts, (id) => names.get(id) ?? id, m.lang);
  }
  if (typeof o === 'object' && o !== null) {
    const r = o as Record<string, unknown>;
    for (const k of ['summary', 'description', 'text']) if (typeof r[k] === 'string') return [r[k] as string];
  }
  return [];
}

export function authenticity(ctx: SectionContext): Html {
  const { m, t } = ctx;
  const a = m.authenticity;
  if (!a) return html`<section><h2>${t.sections.authenticity}</h2><p class="muted">${t.authenticity.notProvided}</p></section>`;
  const reasons = (e: (typeof a.evidence)[number]): string[] => (e.reasonCodes ? e.reasonCodes.map((r) => reasonText(r, m.lang)) : e.reasons);
  const overlaps = a.overlaps.flatMap((o) => overlapTexts(m, o));
  return html`<section><h2>${t.sections.authenticity}</h2><p class="muted">${t.authenticity.intro}</p>
${a.totals ? html`<p>${totalsText(a.totals, m.lang)}</p>` : ''}
<table><thead><tr><th>${t.authenticity.item}</th><th>${t.authenticity.verdict}</th><th>${t.authenticity.reasons}</th></tr></thead><tbody>
${a.evidence.map((e) => html`<tr><td>${e.name}</td><td class="verdict">${label(t.verdicts, e.verdict)}</td><td>${reasons(e).map((r, k) => html`${k > 0 ? raw('<br>') : ''}${r}`)}</td></tr>`)}
</tbody></table>
${a.overlaps.length > 0 ? html`<h3>${t.authenticity.overlaps}</h3>${overlaps.length > 0 ? html`<ul>${overlaps.map((s) => html`<li>${s}</li>`)}</ul>` : html`<p>${analysisStrings(m.lang).noOverlap}</p>`}` : ''}
</section>`;
}

export function notes(ctx: SectionContext): Html {
  const { m, t } = ctx;
  if (m.notes.length === 0) return html`<section><h2>${t.sections.notes}</h2><p class="muted">${t.notes.none}</p></section>`;
  return html`<section><h2>${t.sections.notes}</h2><table><thead><tr><th>${t.notes.at}</th><th>${t.notes.author}</th><th></th></tr></thead><tbody>
${m.notes.map((n) => html`<tr><td class="nowrap">${formatIstShort(n.at)}</td><td>${n.author}</td><td>${n.text}</td></tr>`)}
</tbody></table></section>`;
}

export function custody(ctx: SectionContext): Html {
  const { m, t } = ctx;
  const c = m.custody;
  const cp = c.checkpoint;
  const seal = html`<table class="meta">
  <tr><th>${t.custody.merkleRoot}</th><td class="hash">${c.merkleRoot ?? '—'}</td></tr>
  <tr><th>${t.custody.treeSize}</th><td>${groupIndian(c.entries.length)}</td></tr>
  <tr><th>${t.custody.keyFingerprint}</th><td class="hash">${c.keyFingerprint}</td></tr>
  ${
    cp
      ? html`<tr><th>${t.custody.checkpoint}</th><td>${groupIndian(cp.treeSize)} · <span class="hash">${cp.rootHash}</span></td></tr>
  <tr><th>${t.custody.signedAt}</th><td>${formatIst(cp.at, m.lang, { seconds: true })}</td></tr>
  <tr><th>${t.custody.signature}</th><td class="hash">${cp.signature}</td></tr>`
      : html`<tr><th>${t.custody.checkpoint}</th><td>${t.custody.noCheckpoint}</td></tr>`
  }
</table>`;
  // The log is the bulk of a long report, so it is laid out as plain block rows (Chromium paginates
  // thousands of block rows about twice as fast as table rows) and built by string concatenation.
  let rows = '';
  for (const e of c.entries) {
    rows += `<div class="r"><span class="num">${e.seq}</span><span>${formatIstShort(e.at)}</span><span>${esc(label(t.actions, e.action))}</span><span>${esc(e.examiner)}</span><span>${esc(e.summary)}</span></div>`;
  }
  const log =
    c.entries.length === 0
      ? html`<p>${t.custody.empty}</p>`
      : html`<div class="log"><div class="r h"><span class="num">${t.custody.seq}</span><span>${t.custody.time}</span><span>${t.custody.action}</span><span>${t.custody.examiner}</span><span>${t.custody.details}</span></div>${raw(rows)}</div>`;
  return html`<section class="page-break"><h2>${t.sections.custody}</h2><p class="muted">${t.custody.intro(groupIndian(c.entries.length))}</p>${seal}${log}</section>`;
}

export function verify(ctx: SectionContext): Html {
  const { m, t } = ctx;
  const steps = t.verify.steps(m.examiner.keyFingerprint, m.custody.merkleRoot ?? '', groupIndian(m.custody.entries.length));
  return html`<section><h2>${t.sections.verify}</h2><p>${t.verify.intro}</p><ol class="steps">${steps.map((s) => html`<li>${s}</li>`)}</ol></section>`;
}
