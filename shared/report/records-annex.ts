// What a report of chosen items adds to the page: a sentence saying it covers some of the case's items,
// the custody lines about other items with their summary withheld, and the annex of records of interest
// (bookmarked records, every field redacted as the records grid shows it, with their tags and notes).
import { html, type Html } from './escape';
import { groupIndian } from '../format';
import type { ReportLang } from './model';
import type { SectionContext } from './sections';

interface ItemsStrings {
  /** The report covers `items` of the case's `caseItems` evidence items. */
  scope: (items: string, caseItems: string) => string;
  /** The summary printed for a custody entry about an item this report does not cover. */
  withheld: string;
  annexTitle: string;
  intro: string;
  record: (n: string) => string;
  table: string;
  tags: string;
  notes: string;
  column: string;
  value: string;
  empty: string;
}

const en: ItemsStrings = {
  scope: (items, caseItems) =>
    `This report covers ${items} of the case's ${caseItems} evidence items, chosen by the examiner. The custody log below is complete; entries about items not covered are listed without their details, which are in custody.jsonl.`,
  withheld: '(about an item not covered by this report)',
  annexTitle: 'Records of interest',
  intro: 'Records the examiner tagged or noted and chose for this report. Every value is shown redacted, as the workbench shows it; the originals stay in the encrypted vault.',
  record: (n) => `record ${n}`,
  table: 'Table',
  tags: 'Tags',
  notes: 'Notes',
  column: 'Field',
  value: 'Value (redacted)',
  empty: '(empty)',
};

const hi: ItemsStrings = {
  scope: (items, caseItems) =>
    `यह रिपोर्ट मामले की ${caseItems} साक्ष्य मदों में से ${items} मदों के बारे में है, जिन्हें परीक्षक ने चुना। नीचे अभिरक्षा लॉग पूरा है; जिन मदों पर यह रिपोर्ट नहीं है, उनकी प्रविष्टियाँ बिना विवरण के दी गई हैं (विवरण custody.jsonl में हैं)।`,
  withheld: '(ऐसी मद के बारे में जो इस रिपोर्ट में नहीं है)',
  annexTitle: 'महत्वपूर्ण रिकॉर्ड',
  intro: 'वे रिकॉर्ड जिन पर परीक्षक ने टैग या टिप्पणी लगाई और इस रिपोर्ट के लिए चुने। हर मान छिपाकर दिखाया गया है, जैसे वर्कबेंच में दिखता है; मूल मान कूटबद्ध वॉल्ट में ही रहते हैं।',
  record: (n) => `रिकॉर्ड ${n}`,
  table: 'तालिका',
  tags: 'टैग',
  notes: 'टिप्पणियाँ',
  column: 'क्षेत्र',
  value: 'मान (छिपाया गया)',
  empty: '(खाली)',
};

export const itemsStrings = (lang: ReportLang): ItemsStrings => (lang === 'hi' ? hi : en);

/** The sentence that says a report covers a subset of the case's items; nothing when it covers them all. */
export function scopeNote(ctx: SectionContext): Html {
  const s = ctx.m.scope;
  if (!s || s.items >= s.caseItems) return html``;
  return html`<p class="scope">${itemsStrings(ctx.m.lang).scope(groupIndian(s.items), groupIndian(s.caseItems))}</p>`;
}

/** The annex, or nothing (and no annex letter used) when no record was chosen. */
export function recordsAnnex(ctx: SectionContext, annexIndex: () => number): Html {
  const { m, t } = ctx;
  const records = m.recordsOfInterest ?? [];
  if (records.length === 0) return html``;
  const w = itemsStrings(m.lang);
  const index = annexIndex();
  const items = records.map(
    (r, i) => html`<div class="item">
  <div class="head"><span>${i + 1}. ${r.evidenceName} · ${w.record(groupIndian(r.record))}</span><span class="id">${r.evidenceId}</span></div>
  <table>
    <tr><th>${w.table}</th><td>${r.table}</td></tr>
    ${r.tags.length > 0 ? html`<tr><th>${w.tags}</th><td>${r.tags.join(', ')}</td></tr>` : ''}
    ${r.notes.map((n) => html`<tr><th>${w.notes}</th><td>${n.text} <span class="muted small">(${n.author})</span></td></tr>`)}
  </table>
  <table><thead><tr><th>${w.column}</th><th>${w.value}</th></tr></thead><tbody>
  ${r.fields.map((f) => html`<tr><td>${f.column}</td><td>${f.value === null || f.value === '' ? html`<span class="muted">${w.empty}</span>` : f.value}</td></tr>`)}
  </tbody></table>
</div>`,
  );
  return html`<section class="annex page-break"><h2>${t.annex(index)}: ${w.annexTitle}</h2><p class="muted">${w.intro}</p>${items}</section>`;
}
