import path from 'node:path';
import { defineCommand, UsageError } from '../args';
import { caseOption, jsonOption, vaultOptions, withUnlocked } from '../session';
import { progressReporter, formatBytes } from '../progress';
import { terminalValue as tv } from '../../../shared/format/terminal';
import { SakshyaError } from '../../../shared/api/errors';
import type { CliApi } from '../host';
import type { ImportItem, JobInfo } from '../../../shared/api/contract';

const nf = new Intl.NumberFormat('en-IN');

export const importCmd = defineCommand({
  name: ['import'],
  summary: 'Acquire files into a case: hash (MD5, SHA-1, SHA-256), encrypt, detect the format and parse, in one pass.',
  details:
    'Formats: CSV/TSV, JSON and NDJSON, SQLite, MySQL and PostgreSQL dumps, Telegram Desktop result.json, plain text, PDF (its text layer, or OCR of scanned pages), and ZIP archives of these (each inner file becomes its own evidence item).\nBad input is still acquired (hashed, encrypted, logged) and marked with the reason. The same bytes imported twice are recorded, not stored twice.\nExit 0 when every file was acquired (even if marked malformed), 1 if any file could not be read, 130 when interrupted (nothing from the file in progress is kept).',
  positionals: { name: 'FILE...', required: true, description: 'Files to import.' },
  options: {
    ...vaultOptions,
    ...caseOption,
    reason: { type: 'string', value: 'TEXT', description: 'Why these files are acquired (recorded in the custody log).' },
    ...jsonOption,
  },
  async run({ values, positionals, env, out, err }) {
    const paths = positionals.map((p) => path.resolve(p));
    const results = await withUnlocked(
      values,
      env,
      (api) => importAsJob(api, { caseId: values.case, paths, ...(values.reason !== undefined ? { reason: values.reason } : {}) }, values.json ? null : progressReporter(process.stderr)),
      true,
    );
    if (values.json) {
      out(JSON.stringify(results.map((r) => ({ evidenceId: r.evidenceId, name: r.name, bytes: r.bytes, md5: r.md5, sha1: r.sha1, sha256: r.sha256, format: r.format, records: r.records, malformed: r.malformed, status: r.status, ...(r.reason ? { reason: r.reason } : {}), ...(r.parentId ? { parentId: r.parentId } : {}), ...(r.duplicateOf ? { duplicateOf: r.duplicateOf } : {}), warnings: r.warnings }))) + '\n');
    } else {
      for (const r of results) {
        out(`${r.evidenceId ?? '-'}\t${r.status}\t${r.format}\t${nf.format(r.records)} records\t${formatBytes(r.bytes)}\t${r.sha256 || '-'}\t${tv(r.name)}\n`);
        if (r.reason) err(`  ${tv(r.name)}: ${tv(r.reason)}\n`);
        if (r.malformed > 0) err(`  ${tv(r.name)}: ${nf.format(r.malformed)} malformed record(s); see \`sakshya evidence list\`\n`);
        for (const w of r.warnings) err(`  ${tv(r.name)}: warning: ${tv(w)}\n`);
      }
    }
    if (results.some((r) => r.status === 'cancelled')) return 130;
    return results.some((r) => r.status === 'failed') ? 1 : 0;
  },
});

export const evidenceList = defineCommand({
  name: ['evidence', 'list'],
  summary: "List a case's evidence with hashes, format, records and status (tables for multi-table items).",
  options: {
    ...vaultOptions,
    ...caseOption,
    ...jsonOption,
  },
  async run({ values, env, out }) {
    const items = await withUnlocked(values, env, (api) => api('evidence.list', { caseId: values.case }));
    if (values.json) {
      out(
        JSON.stringify(
          items.map((e) => ({
            evidenceId: e.id,
            name: e.name,
            bytes: e.bytes,
            md5: e.md5,
            sha1: e.sha1,
            sha256: e.sha256,
            format: e.format,
            records: e.records,
            malformed: e.malformed,
            status: e.status,
            reason: e.reason,
            parentId: e.parentId,
            acquiredAt: e.acquiredAt,
            warnings: e.warnings.map((w) => w.message),
            ...(e.tables.length > 1 || ['sqlite', 'mysql-dump', 'postgres-dump'].includes(e.format)
              ? { tables: e.tables.map((t) => ({ name: t.name, records: t.records, columns: t.columns.map((c) => c.name) })) }
              : {}),
          })),
        ) + '\n',
      );
      return 0;
    }
    if (items.length === 0) out('No evidence in this case yet. Add some with `sakshya import`.\n');
    for (const e of items) {
      out(`${e.id}\t${e.status}\t${e.format}\t${nf.format(e.records)} records\t${formatBytes(e.bytes)}\t${e.sha256}\t${e.parentId ? `  ↳ ${tv(e.name)}` : tv(e.name)}\n`);
      if (e.tables.length > 1) for (const t of e.tables) out(`\t\ttable ${tv(t.name)}: ${nf.format(t.records)} records, ${t.columns.length} columns\n`);
    }
    return 0;
  },
});

export const rowsCmd = defineCommand({
  name: ['rows'],
  summary: 'Print records of an evidence item with personal data redacted.',
  options: {
    ...vaultOptions,
    ...caseOption,
    evidence: { type: 'string', value: 'EID', description: 'Evidence id.', required: true },
    table: { type: 'string', value: 'NAME', description: 'Table (for dumps and SQLite files; default: the first).' },
    from: { type: 'string', value: 'N', description: 'First record number, counted from 1 as everywhere in Sakshya (default 1).' },
    limit: { type: 'string', value: 'N', description: 'How many records (default 20, at most 1000).' },
    ...jsonOption,
  },
  async run({ values, env, out }) {
    const offset = recordIndex(values.from, 'from') ?? 0;
    const limit = Math.min(1000, intOption(values.limit, 'limit', 20));
    const page = await withUnlocked(
      values,
      env,
      // The page view is written to the custody log when the vault locks at the end of the command.
      (api) => api('evidence.rows', { caseId: values.case, evidenceId: values.evidence, ...(values.table !== undefined ? { table: values.table } : {}), offset, limit }),
      true,
    );
    if (values.json) {
      // `records` are record numbers (from 1) of `rows`, the numbers the grid, `reveal --row` and the custody log use.
      const records = page.rowNumbers.map((i) => i + 1);
      out(JSON.stringify({ table: page.table, total: page.total, records, columns: page.columns.map((c) => ({ name: c.name, type: c.piiType, confidence: c.confidence })), rows: page.rows }) + '\n');
      return 0;
    }
    out(['#', ...page.columns.map((c) => (c.piiType ? `${tv(c.name)} [${c.piiType}]` : tv(c.name)))].join('\t') + '\n');
    page.rows.forEach((r, i) => out([String(page.rowNumbers[i]! + 1), ...r.map((v) => tv(v))].join('\t') + '\n'));
    return 0;
  },
});

export const revealCmd = defineCommand({
  name: ['reveal'],
  summary: 'Show one raw cell value, with a reason that is recorded in the custody log.',
  options: {
    ...vaultOptions,
    ...caseOption,
    evidence: { type: 'string', value: 'EID', description: 'Evidence id.', required: true },
    table: { type: 'string', value: 'NAME', description: 'Table (default: the first).' },
    row: { type: 'string', value: 'N', description: 'Record number, counted from 1, as `sakshya rows` prints it.', required: true },
    column: { type: 'string', value: 'C', description: "Column name as in the file's header, or its 0-based index.", required: true },
    reason: { type: 'string', value: 'TEXT', description: 'Why the value must be seen (recorded).', required: true },
    ...jsonOption,
  },
  async run({ values, env, out }) {
    const row = recordIndex(values.row, 'row') ?? 0;
    const col = values.column;
    const res = await withUnlocked(
      values,
      env,
      async (api) => {
        const tables = (await api('evidence.list', { caseId: values.case })).find((e) => e.id === values.evidence)?.tables ?? [];
        const table = tables.find((t) => t.name === values.table) ?? tables[0];
        // A column given as digits is an index unless the table really has a column with that name.
        const column = /^\d+$/.test(col) && !table?.columns.some((c) => c.name === col) ? Number(col) : col;
        return api('evidence.reveal', { caseId: values.case, evidenceId: values.evidence, ...(values.table !== undefined ? { table: values.table } : {}), row, column, reason: values.reason });
      },
      true,
    );
    out(values.json ? JSON.stringify({ record: res.row + 1, column: res.column, value: res.value }) + '\n' : `${tv(res.value)}\n`);
    return 0;
  },
});

/** A record number as people give it (1 = the first record) turned into the API's 0-based index. */
export function recordIndex(v: string | undefined, name: string): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v) || Number(v) < 1) throw new UsageError(`--${name} is a record number counted from 1, as \`sakshya rows\` prints it.`);
  return Number(v) - 1;
}

export function intOption(v: string | undefined, name: string, dflt: number): number {
  if (v === undefined) return dflt;
  if (!/^\d+$/.test(v)) throw new UsageError(`--${name} must be a whole number.`);
  return Number(v);
}

/**
 * Imports as the window does: an import job through the contract, its progress pushed by the core, and
 * Ctrl-C turned into jobs.cancel (the file in progress is then not kept). Resolves with the job's results.
 */
async function importAsJob(
  api: CliApi,
  request: { caseId: string; paths: string[]; reason?: string },
  bar: ReturnType<typeof progressReporter> | null,
): Promise<ImportItem[]> {
  const { jobId } = await api('evidence.import', request);
  const job = await followJob(api, jobId, (p) => bar?.update(p)).finally(() => bar?.end());
  if (job.state === 'failed') throw new SakshyaError('IO_ERROR', job.error ?? 'The import failed.');
  return job.results;
}

/**
 * Follows a job (an import, a case-wide search) to its end through the core's job events, as the window does;
 * Ctrl-C cancels it. jobs.get is read once after subscribing (the job may have moved, or ended, before) and
 * once at the end, for the job's final state and results.
 */
export async function followJob(api: CliApi, jobId: string, onProgress?: (p: JobInfo['progress']) => void): Promise<JobInfo> {
  const onSigint = () => void api('jobs.cancel', { jobId });
  let ended!: () => void;
  const end = new Promise<void>((resolve) => (ended = resolve));
  const report = (job: JobInfo) => {
    if (job.progress.fileCount > 0) onProgress?.(job.progress);
    if (job.state !== 'running') ended();
  };
  const unsubscribe = api.events.subscribe((e) => {
    if (e.type === 'job' && e.job.id === jobId) report(e.job);
  });
  process.once('SIGINT', onSigint);
  try {
    report(await api('jobs.get', { jobId }));
    await end;
    return await api('jobs.get', { jobId });
  } finally {
    unsubscribe();
    process.off('SIGINT', onSigint);
  }
}
