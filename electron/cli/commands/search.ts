// `sakshya search`: the app's case-wide search from the command line, through the same core handlers
// (a job over every table of every item, hits redacted, the search logged with its length and counts).
import { defineCommand } from '../args';
import { caseOption, jsonOption, vaultOptions, withUnlocked } from '../session';
import { followJob } from './evidence';
import { terminalValue as tv } from '../../../shared/format/terminal';

export const searchCmd = defineCommand({
  name: ['search'],
  summary: 'Search every table of every evidence item in a case; matches are printed redacted, grouped by item, table and column.',
  details:
    'Digits match with or without spaces or hyphens (an Aadhaar typed "2345 6789 0124" finds 234567890124). The match is shown in its redacted form between » and «. The custody log records the length of the query and the counts, never the query.',
  options: {
    ...vaultOptions,
    ...caseOption,
    query: { type: 'string', value: 'TEXT', description: 'What to find (at most 200 characters).', required: true },
    evidence: { type: 'string', value: 'EID', description: 'Only this evidence item (repeatable).', multiple: true },
    column: { type: 'string', value: 'NAME', description: 'Only columns of this name (repeatable).', multiple: true },
    type: { type: 'string', value: 'T', description: "Only columns of this personal-data type, e.g. IN_AADHAAR; 'NONE' for columns of no type (repeatable).", multiple: true },
    ...jsonOption,
  },
  async run({ values, env, out }) {
    const res = await withUnlocked(
      values,
      env,
      async (api) => {
        const { jobId } = await api('search.case', {
          caseId: values.case,
          query: values.query,
          ...(values.evidence.length ? { evidenceIds: values.evidence } : {}),
          ...(values.column.length ? { columns: values.column } : {}),
          ...(values.type.length ? { types: values.type } : {}),
        });
        await followJob(api, jobId);
        return api('search.result', { jobId });
      },
      true,
    );
    if (values.json) {
      // Records counted from 1, as `rows`, `reveal --row` and the custody log count them.
      out(JSON.stringify({ ...res, groups: res.groups.map((g) => ({ ...g, hits: g.hits.map((x) => ({ record: x.row + 1, cell: x.cell, mark: x.mark })) })) }) + '\n');
      return res.state === 'failed' ? 1 : 0;
    }
    for (const g of res.groups) {
      out(`${tv(g.evidenceName)} (${g.evidenceId}) / ${tv(g.table)} / ${tv(g.column)}${g.piiType ? ` [${g.piiType}]` : ''}: ${g.matches} match${g.matches === 1 ? '' : 'es'}\n`);
      for (const x of g.hits) {
        const cell = x.mark ? `${x.cell.slice(0, x.mark[0])}»${x.cell.slice(x.mark[0], x.mark[1])}«${x.cell.slice(x.mark[1])}` : x.cell;
        out(`  ${x.row + 1}\t${tv(cell)}\n`);
      }
      if (g.matches > g.hits.length) out(`  … ${g.matches - g.hits.length} more\n`);
    }
    out(`${res.matches} matches in ${res.records} records; ${res.scanned} of ${res.recordsTotal} records of ${res.items} items searched.${res.state === 'failed' ? ` Failed: ${tv(res.error ?? '')}` : ''}\n`);
    return res.state === 'failed' ? 1 : 0;
  },
});
