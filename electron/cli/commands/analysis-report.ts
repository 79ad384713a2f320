import path from 'node:path';
import { defineCommand, UsageError } from '../args';
import { caseOption, jsonOption, vaultOptions, withUnlocked } from '../session';
import { overlapFacts, overlapSentences, totalsText } from '../../../shared/report/analysis-text';
import { normaliseFingerprint, verifyReportBundle } from '../../node/report/verify-bundle';
import { readPublicKeyArg } from './custody';
import { displayFingerprint } from '../../../shared/custody';
import { terminalValue as tv } from '../../../shared/format/terminal';

const nf = new Intl.NumberFormat('en-IN');

export const analyzeCmd = defineCommand({
  name: ['analyze'],
  summary: 'Judge whether each sample looks genuine, fabricated, recycled from another, or too small to tell; and how samples overlap.',
  details:
    'Verdicts: genuine, fabricated, recycled, insufficient — each with the figures behind it. Identifiers are compared between samples as keyed tokens, never in plain text.\nPrints first "N records across K items, about M distinct people": a person in several samples is counted once.\nWith --json: {"totals": {"records","items","people"}, "evidence": [{"evidenceId","name","verdict","reasons","reasonCodes",...}], "overlaps": [{"a","b","shared","jaccard","aContainsB","bContainsA","aCompared","bCompared"}, ...]}.',
  options: { ...vaultOptions, ...caseOption, 'across-cases': { type: 'boolean', description: 'Also compare with samples of the other cases in this vault.' }, ...jsonOption },
  async run({ values, env, out }) {
    const r = await withUnlocked(values, env, (api) => api('analysis.run', { caseId: values.case, acrossCases: values['across-cases'] }), true);
    if (values.json) {
      out(JSON.stringify(r) + '\n');
      return 0;
    }
    if (r.totals) out(`${totalsText(r.totals)}\n\n`);
    for (const e of r.evidence) {
      out(`${e.evidenceId}  ${tv(e.name)}: ${e.verdict.toUpperCase()} (${nf.format(e.records)} records)\n`);
      for (const reason of e.reasons) out(`    - ${tv(reason)}\n`);
    }
    const names = new Map(r.evidence.map((e) => [e.evidenceId, e.name]));
    const sentences = r.overlaps.flatMap((o) => {
      const f = overlapFacts(o);
      return f ? overlapSentences(f, (id) => names.get(id) ?? id) : [];
    });
    if (sentences.length) out('\nOverlaps:\n');
    for (const s of sentences) out(`  ${s}\n`);
    return 0;
  },
});

export const claimCmd = defineCommand({
  name: ['claim', 'set'],
  summary: 'Record what a sample is claimed to be (source, record count, fields, age group); `analyze` compares it with the sample.',
  options: {
    ...vaultOptions,
    ...caseOption,
    evidence: { type: 'string', value: 'EID', description: 'Evidence id.', required: true },
    source: { type: 'string', value: 'S', description: "Claimed source, e.g. 'CoWIN'." },
    records: { type: 'string', value: 'N', description: 'Claimed number of records in the whole leak.' },
    fields: { type: 'string', value: 'LIST', description: "Claimed fields, comma-separated, e.g. 'name,aadhaar,passport,dob,phone'." },
    group: { type: 'string', value: 'LABEL', description: "Claimed population, e.g. 'children aged 12-14' (with --min-age and --max-age)." },
    'min-age': { type: 'string', value: 'N', description: 'Youngest age of the claimed group.' },
    'max-age': { type: 'string', value: 'N', description: 'Oldest age of the claimed group.' },
  },
  async run({ values, env, err }) {
    const num = (v: string | undefined, name: string) => {
      if (v === undefined) return undefined;
      if (!/^\d+$/.test(v)) throw new UsageError(`--${name} must be a whole number.`);
      return Number(v);
    };
    const minAge = num(values['min-age'], 'min-age');
    const maxAge = num(values['max-age'], 'max-age');
    if ((values.group !== undefined) !== (minAge !== undefined && maxAge !== undefined)) throw new UsageError('--group needs --min-age and --max-age (and they need --group).');
    const claim = {
      ...(values.source ? { source: values.source } : {}),
      ...(values.records !== undefined ? { recordCount: num(values.records, 'records') } : {}),
      ...(values.fields ? { fields: values.fields.split(',').map((f) => f.trim()).filter(Boolean) } : {}),
      ...(values.group !== undefined && minAge !== undefined && maxAge !== undefined ? { group: { label: values.group, minAge, maxAge } } : {}),
    };
    await withUnlocked(values, env, (api) => api('analysis.setClaim', { caseId: values.case, evidenceId: values.evidence, claim }), true);
    err('Claim recorded; run `sakshya analyze` to compare it with the sample.\n');
    return 0;
  },
});

export const reportCmd = defineCommand({
  name: ['report'],
  summary: 'Write the case report: a PDF plus a signed bundle (report.json, custody.jsonl, manifest.json, manifest.sig, examiner.pub).',
  details: 'The PDF is printed by the system Chromium (/usr/bin/chromium, or SAKSHYA_CHROMIUM). No raw personal data appears in the PDF or the bundle; `sakshya verify-report DIR --fingerprint FP` checks the bundle without the vault.',
  options: {
    ...vaultOptions,
    ...caseOption,
    out: { type: 'string', value: 'DIR', description: 'Folder to write the report into (created; must be empty or new).', required: true },
    template: { type: 'string', value: 'T', description: "regulator (default), parliament or cert-in." },
    lang: { type: 'string', value: 'L', description: 'en (default) or hi.' },
    items: { type: 'string', value: 'IDS', description: "Evidence item IDs to cover, comma-separated (default: the choice saved in the case's Reports tab, else every parsed item). An ID not in the case is refused." },
    ...jsonOption,
  },
  async run({ values, env, out, err }) {
    const items = values.items === undefined ? undefined : values.items.split(',').map((x) => x.trim()).filter(Boolean);
    if (items !== undefined && items.length === 0) throw new UsageError('--items needs at least one evidence item ID (see `sakshya evidence list`).');
    const template = (values.template ?? 'regulator') as 'regulator' | 'parliament' | 'cert-in';
    const lang = (values.lang ?? 'en') as 'en' | 'hi';
    if (!['regulator', 'parliament', 'cert-in'].includes(template)) throw new UsageError('--template must be regulator, parliament or cert-in.');
    if (!['en', 'hi'].includes(lang)) throw new UsageError('--lang must be en or hi.');
    const g = await withUnlocked(values, env, (api) => api('report.write', { caseId: values.case, template, lang, outDir: path.resolve(values.out), ...(items ? { items } : {}) }), true);
    if (values.json) out(JSON.stringify({ dir: g.dir, pdfSha256: g.pdfSha256, manifestSha256: g.manifestSha256, files: g.files }) + '\n');
    err(`Report written to ${g.dir} (PDF SHA-256 ${g.pdfSha256}).\nCheck it anywhere with: sakshya verify-report ${g.dir} --fingerprint ${g.keyFingerprint}\n`);
    return 0;
  },
});

export const verifyReportCmd = defineCommand({
  name: ['verify-report'],
  summary: 'Check a report bundle without the vault: the examiner signature on the manifest, the SHA-256 of every file, and that the signer is the key you expect.',
  details:
    'Pin the signer with --key (the examiner’s public key file, obtained from them by a separate channel) or --fingerprint; without a pin the bundle only proves that someone signed it, and the output says so. ' +
    'The signing key must also be the one report.json, the custody entries and the PDF text name. Exit 0 when it verifies; 3 naming the file that does not match.',
  positionals: { name: 'DIR', required: true, description: 'The report folder.' },
  options: {
    key: { type: 'string', value: 'PUBKEY', description: "The examiner's public key file (or key text) you expect the bundle to be signed with." },
    fingerprint: { type: 'string', value: 'FP', description: "The expected key's fingerprint, SHA256:… as printed (spaces allowed)." },
    ...jsonOption,
  },
  async run({ values, positionals, out, err }) {
    if (values.key !== undefined && values.fingerprint !== undefined) throw new UsageError('Give --key or --fingerprint, not both.');
    if (values.fingerprint !== undefined && normaliseFingerprint(values.fingerprint) === null) throw new UsageError('--fingerprint must be SHA256: and 64 hex digits (spaces allowed).');
    const key = values.key !== undefined ? readPublicKeyArg(values.key) : undefined;
    const r = await verifyReportBundle(path.resolve(positionals[0]!), { ...(key ? { key } : {}), ...(values.fingerprint !== undefined ? { fingerprint: values.fingerprint } : {}) });
    const warning = r.ok && !r.pinned ? `SIGNER NOT PINNED: the bundle is signed by ${displayFingerprint(r.keyFingerprint)}, but no expected key was given. Anyone can sign an edited bundle with a key of their own; confirm this fingerprint with the examiner, or run again with --key FILE or --fingerprint FP.` : null;
    if (values.json) out(JSON.stringify(r.ok ? { ...r, ...(warning ? { warning } : {}) } : r) + '\n');
    if (r.ok) {
      if (warning) err(`WARNING: ${warning}\n`);
      err(`Report bundle verified: every file matches the manifest signed by ${r.keyFingerprint}${r.pinned ? ', the key you pinned' : ' (NOT PINNED)'} (case ${r.caseId}, generated ${r.generatedAt}).\n`);
      return 0;
    }
    err(`REPORT DOES NOT VERIFY: ${r.file}: ${r.problem}\n`);
    return 3;
  },
});

export const exportCmd = defineCommand({
  name: ['export'],
  summary: 'Write a redacted CSV or JSON copy of an evidence item (spreadsheet formulas neutralised).',
  options: {
    ...vaultOptions,
    ...caseOption,
    evidence: { type: 'string', value: 'EID', description: 'Evidence id.', required: true },
    format: { type: 'string', value: 'F', description: 'csv or json.', required: true },
    out: { type: 'string', value: 'FILE', description: 'File to write (must not exist).', required: true },
    table: { type: 'string', value: 'NAME', description: 'Table (default: all tables for JSON, the first for CSV).' },
  },
  async run({ values, env, err }) {
    if (values.format !== 'csv' && values.format !== 'json') throw new UsageError('--format must be csv or json.');
    const format = values.format;
    const r = await withUnlocked(
      values,
      env,
      (api) => api('evidence.export', { caseId: values.case, evidenceId: values.evidence, format, out: path.resolve(values.out), ...(values.table ? { table: values.table } : {}) }),
      true,
    );
    err(`Redacted ${values.format} written to ${r.out}: ${nf.format(r.rows)} records, SHA-256 ${r.sha256}.\n`);
    return 0;
  },
});
