import { defineCommand } from '../args';
import { caseOption, jsonOption, vaultOptions, withUnlocked } from '../session';
import { terminalValue as tv } from '../../../shared/format/terminal';

export const caseNew = defineCommand({
  name: ['case', 'new'],
  summary: 'Create a case and print its id.',
  options: {
    ...vaultOptions,
    title: { type: 'string', value: 'T', description: 'Case title.', required: true },
    ref: { type: 'string', value: 'R', description: 'Reference number (e.g. a file or complaint number).' },
    ...jsonOption,
  },
  async run({ values, env, out }) {
    const c = await withUnlocked(values, env, (api) => api('case.create', { title: values.title.trim(), ...(values.ref !== undefined ? { ref: values.ref.trim() } : {}) }), true);
    out(values.json ? JSON.stringify({ id: c.id }) + '\n' : `${c.id}\n`);
    return 0;
  },
});

export const caseList = defineCommand({
  name: ['case', 'list'],
  summary: 'List the cases in the vault.',
  options: { ...vaultOptions, ...jsonOption },
  async run({ values, env, out }) {
    const cases = await withUnlocked(values, env, (api) => api('case.list', {}));
    if (values.json) out(JSON.stringify(cases) + '\n');
    else if (cases.length === 0) out('No cases yet. Create one with `sakshya case new --title T`.\n');
    else for (const c of cases) out(`${c.id}\t${c.createdAt}\t${tv(c.ref) || '-'}\t${tv(c.title)}\n`);
    return 0;
  },
});

export const caseRename = defineCommand({
  name: ['case', 'rename'],
  summary: 'Rename a case.',
  options: {
    ...vaultOptions,
    ...caseOption,
    title: { type: 'string', value: 'T', description: 'New title.', required: true },
    ...jsonOption,
  },
  async run({ values, env, out }) {
    const c = await withUnlocked(values, env, (api) => api('case.rename', { id: values.case, title: values.title.trim() }), true);
    out(values.json ? JSON.stringify(c) + '\n' : `${c.id}\t${tv(c.title)}\n`);
    return 0;
  },
});
