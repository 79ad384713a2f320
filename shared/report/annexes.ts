// The annexes Indian authorities ask for: a hash certificate in the form of the BSA 2023 s.63 Schedule,
// the CERT-In incident report fields and the DPDP breach-intimation fields. What the case does not know
// prints as "to be completed" rather than being guessed.
import { html, type Html } from './escape';
import { countWithWords, formatBytesExact, formatIst, formatIstDate, formatIstShort, formatIstTime } from '../format';
import { label } from './strings';
import type { SectionContext } from './sections';

function value(ctx: SectionContext, v: string | null | undefined, asTime = false): Html {
  if (v === null || v === undefined || v.trim() === '') return html`<span class="todo">${ctx.t.toComplete}</span>`;
  return html`${asTime && !Number.isNaN(Date.parse(v)) ? formatIst(v, ctx.m.lang) : v}`;
}

function annexHeading(ctx: SectionContext, index: number, title: string): Html {
  return html`<h2>${ctx.t.annex(index)}: ${title}</h2>`;
}

export function hashCertificate(ctx: SectionContext, index: number): Html {
  const { m, t } = ctx;
  const c = m.annexes.hashCertificate;
  const a = t.annexA;
  const items = c.items.map(
    (x, i) => html`<div class="item">
  <div class="head"><span>${i + 1}. ${x.name}</span><span class="id">${formatBytesExact(x.bytes, m.lang)}</span></div>
  <table>
    <tr><th>${a.source}</th><td>${x.source}</td></tr>
    <tr><th>${t.evidence.acquired}</th><td>${formatIstShort(x.acquiredAt)}</td></tr>
    <tr><th>SHA-256</th><td class="hash">${x.sha256}</td></tr>
    <tr><th>SHA-1</th><td class="hash">${x.sha1}</td></tr>
    <tr><th>MD5</th><td class="hash">${x.md5}</td></tr>
  </table>
</div>`,
  );
  const signer = c.signer;
  return html`<section class="annex page-break">${annexHeading(ctx, index, t.sections.annexA)}
<div class="box">
  <h3>${a.heading}</h3>
  <p>${a.preamble(signer.name, signer.designation || '—', signer.organisation || '—')}</p>
  <table class="meta">
    <tr><th>${a.device}</th><td>${value(ctx, c.device)}</td></tr>
    <tr><th>${a.algorithms.split(':')[0]}</th><td>${a.algorithms.split(':').slice(1).join(':').trim()}</td></tr>
  </table>
  <h3>${a.items}</h3>
  ${items}
  <p>${a.statement}</p>
  <div class="sign">
    <div><b>${a.date}:</b> ${formatIstDate(c.at)}</div><div><b>${a.time}:</b> ${formatIstTime(c.at)}</div>
    <div><b>${a.place}:</b> ${value(ctx, c.place)}</div><div></div>
    <div><b>${a.name}:</b> ${signer.name}</div><div><b>${a.designation}:</b> ${[signer.designation, signer.organisation].filter(Boolean).join(', ')}</div>
    <div><b>${a.signature}:</b><div class="line"></div></div><div></div>
  </div>
  <p class="small muted">${a.note}</p>
</div>
</section>`;
}

function fieldTable(rows: [string, Html][]): Html {
  return html`<table class="meta">${rows.map(([k, v]) => html`<tr><th>${k}</th><td>${v}</td></tr>`)}</table>`;
}

/** The CERT-In fields: an annex in most templates, the opening section of the cert-in template. */
export function certInFields(ctx: SectionContext, heading: Html): Html {
  const { m, t } = ctx;
  const c = m.annexes.certIn;
  const f = t.annexB.fields;
  const types = c.personalDataTypes.map((x) => label(t.pii, x));
  return html`<section>${heading}<p class="muted">${t.annexB.intro}</p>
${fieldTable([
  [f.reporter, html`${[c.reporter.name, c.reporter.designation, c.reporter.organisation].filter(Boolean).join(', ')}`],
  [f.contact, value(ctx, c.reporter.contact)],
  [f.incidentType, html`${t.annexB.incidentType}`],
  [f.occurredAt, value(ctx, c.occurredAt, true)],
  [f.detectedAt, value(ctx, c.detectedAt, true)],
  [f.reportedAt, html`${formatIst(c.reportedAt, m.lang)}`],
  [f.location, value(ctx, c.location)],
  [f.affectedSystems, value(ctx, c.affectedSystems)],
  [f.description, value(ctx, c.description)],
  [f.personalData, html`${types.length > 0 ? `${t.listJoin(types)} (${countWithWords(c.records, m.lang)} ${t.summary.records.toLowerCase()})` : t.summary.noPd}`],
  [f.indicators, html`${c.indicators.map((x) => html`<div><span class="hash">${x.sha256}</span> <span class="muted small">${x.name}</span></div>`)}`],
  [f.actionsTaken, value(ctx, c.actionsTaken)],
  [f.logs, html`${t.annexB.logs}`],
])}</section>`;
}

export function certInAnnex(ctx: SectionContext, index: number): Html {
  return html`<div class="annex page-break">${certInFields(ctx, annexHeading(ctx, index, ctx.t.sections.annexB))}</div>`;
}

export function dpdpAnnex(ctx: SectionContext, index: number): Html {
  const { m, t } = ctx;
  const d = m.annexes.dpdp;
  const f = t.annexC.fields;
  const types = d.extent.types.map((x) => label(t.pii, x));
  const timing = html`${value(ctx, d.occurredAt, true)} / ${value(ctx, d.detectedAt, true)}`;
  return html`<section class="annex page-break">${annexHeading(ctx, index, t.sections.annexC)}<p class="muted">${t.annexC.intro}</p>
${fieldTable([
  [f.dataFiduciary, value(ctx, d.dataFiduciary)],
  [f.nature, value(ctx, d.nature)],
  [f.extent, html`${countWithWords(d.extent.records, m.lang)} ${t.summary.records.toLowerCase()}; ${types.length > 0 ? t.listJoin(types) : t.summary.noPd}`],
  [f.timing, timing],
  [f.location, value(ctx, d.location)],
  [f.likelyImpact, value(ctx, d.likelyImpact)],
  [f.mitigation, value(ctx, d.mitigation)],
  [f.personResponsible, value(ctx, d.personResponsible)],
  [f.remedialMeasures, value(ctx, d.remedialMeasures)],
  [f.principalsIntimated, value(ctx, d.principalsIntimated)],
  [f.contact, value(ctx, d.contact)],
])}</section>`;
}
