// Command declarations (electron/cli/args.ts): option types come from the declaration, required options are
// checked once, and the options every case command shares are declared once.
import { describe, it, expect } from 'vitest';
import { defineCommand, parseCommandArgs, UsageError } from '../../electron/cli/args';
import { caseOption, vaultOptions } from '../../electron/cli/session';
import { commands } from '../../electron/cli/commands';

const options = {
  case: caseOption.case,
  label: { type: 'string', description: 'A label.' },
  root: { type: 'string', description: 'Repeatable.', multiple: true },
  json: { type: 'boolean', description: 'JSON.' },
} as const;
const spec = { name: ['demo'], options };

describe('CLI arguments', () => {
  it('gives a required option as a string, a missing optional one as undefined, a missing list as [] and a flag as false', () => {
    const { values } = parseCommandArgs(spec, ['--case', 'c0123456789'], {});
    expect(values).toEqual({ case: 'c0123456789', label: undefined, root: [], json: false });
    const more = parseCommandArgs(spec, ['--case', 'c0123456789', '--root', 'a', '--root', 'b', '--json'], {});
    expect(more.values.root).toEqual(['a', 'b']);
    expect(more.values.json).toBe(true);
  });

  it('refuses a missing required option and a malformed case ID once, before a command runs', () => {
    expect(() => parseCommandArgs(spec, [], {})).toThrow(UsageError);
    expect(() => parseCommandArgs(spec, [], {})).toThrow('Missing --case. See `sakshya demo --help`.');
    expect(() => parseCommandArgs(spec, ['--case', '../x'], {})).toThrow(/is not a Sakshya case ID/);
  });

  it('runs a defined command with its typed values', async () => {
    let seen: unknown = null;
    const cmd = defineCommand({
      name: ['demo'],
      summary: 'Demo.',
      options: { ...vaultOptions, ...caseOption },
      async run({ values }) {
        const vault: string = values.vault; // a required option is a string: no `!`
        seen = { vault, caseId: values.case };
        return 0;
      },
    });
    const code = await cmd.execute(['--case', 'c0123456789'], { env: { SAKSHYA_VAULT: '/v' }, out: () => undefined, err: () => undefined });
    expect(code).toBe(0);
    expect(seen).toEqual({ vault: '/v', caseId: 'c0123456789' });
  });

  it('declares --case once: every command that takes a case shares the one declaration', () => {
    const withCase = commands.filter((c) => 'case' in c.options);
    expect(withCase.length).toBeGreaterThanOrEqual(15);
    for (const c of withCase) expect(c.options.case, c.name.join(' ')).toBe(caseOption.case);
  });
});
