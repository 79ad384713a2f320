// Command declarations and argument parsing for the `sakshya` tool. Each command declares its options once;
// parsing and `--help` text both come from that declaration.
import { parseArgs } from 'node:util';
import { SakshyaError } from '../../shared/api/errors';
import { isValidCaseId, quoteId } from '../../shared/api/ids';

export interface OptionSpec {
  type: 'string' | 'boolean';
  description: string;
  /** Placeholder shown in help, e.g. DIR. */
  value?: string;
  multiple?: boolean;
  required?: boolean;
  /** Environment variable that supplies the value when the option is absent. */
  env?: string;
}

export interface CommandSpec<O extends Record<string, OptionSpec>> {
  name: string[]; // e.g. ['vault', 'init']
  summary: string;
  details?: string;
  options: O;
  /** Positional arguments: name shown in help, and whether at least one is required. */
  positionals?: { name: string; required: boolean; description: string };
  run(ctx: CommandContext<O>): Promise<number>;
}

/** Option values as a command's declaration types them: a required string is a string (checked once, in
 * parseCommandArgs), an optional one may be undefined, a repeatable one is a list, a flag a boolean. */
export type Values<O extends Record<string, OptionSpec>> = {
  [K in keyof O]: O[K]['type'] extends 'boolean'
    ? boolean
    : O[K]['multiple'] extends true
      ? string[]
      : O[K]['required'] extends true
        ? string
        : string | undefined;
};

export interface CommandContext<O extends Record<string, OptionSpec>> {
  values: Values<O>;
  positionals: string[];
  env: NodeJS.ProcessEnv;
  out: (s: string) => void; // stdout: machine output
  err: (s: string) => void; // stderr: messages for people
}

export interface CommandIo {
  env: NodeJS.ProcessEnv;
  out: (s: string) => void;
  err: (s: string) => void;
}

/** A declared command with its option types closed over: the list of commands needs no casts. */
export interface Command {
  name: string[];
  summary: string;
  details?: string;
  options: Record<string, OptionSpec>;
  positionals?: { name: string; required: boolean; description: string };
  /** Parses `argv` against the declaration and runs the command with the typed values. */
  execute(argv: string[], io: CommandIo): Promise<number>;
}

export class UsageError extends SakshyaError {
  constructor(message: string) {
    super('BAD_REQUEST', message);
  }
}

export function defineCommand<const O extends Record<string, OptionSpec>>(c: CommandSpec<O>): Command {
  return {
    name: c.name,
    summary: c.summary,
    ...(c.details !== undefined ? { details: c.details } : {}),
    options: c.options,
    ...(c.positionals ? { positionals: c.positionals } : {}),
    async execute(argv, io) {
      const { values, positionals } = parseCommandArgs(c, argv, io.env);
      return c.run({ values, positionals, env: io.env, out: io.out, err: io.err });
    },
  };
}

export function parseCommandArgs<O extends Record<string, OptionSpec>>(
  spec: Pick<CommandSpec<O>, 'name' | 'options' | 'positionals'>,
  argv: string[],
  env: NodeJS.ProcessEnv,
): { values: Values<O>; positionals: string[] } {
  const options: Record<string, { type: 'string' | 'boolean'; multiple?: boolean }> = {};
  for (const [k, o] of Object.entries(spec.options)) options[k] = { type: o.type, ...(o.multiple ? { multiple: true } : {}) };
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(`${(e as Error).message.split('\n')[0]} (see \`sakshya ${spec.name.join(' ')} --help\`)`);
  }
  const values = { ...parsed.values } as Record<string, unknown>;
  for (const [k, o] of Object.entries(spec.options)) {
    if (values[k] === undefined && o.env && env[o.env]) values[k] = env[o.env];
    if (o.type === 'boolean') values[k] = values[k] === true;
    else if (o.multiple) values[k] = values[k] ?? [];
    if (o.required && (values[k] === undefined || values[k] === '')) {
      throw new UsageError(`Missing --${k}${o.env ? ` (or ${o.env})` : ''}. See \`sakshya ${spec.name.join(' ')} --help\`.`);
    }
    // Every command's case ID is checked here, once, before it can reach a file path or a log line.
    if (k === 'case' && values[k] !== undefined && !isValidCaseId(values[k])) {
      throw new UsageError(`--case ${quoteId(values[k])} is not a Sakshya case ID (c followed by 10 hex digits; see \`sakshya case list\`).`);
    }
  }
  if (spec.positionals?.required && parsed.positionals.length === 0) {
    throw new UsageError(`Missing ${spec.positionals.name}. See \`sakshya ${spec.name.join(' ')} --help\`.`);
  }
  if (!spec.positionals && parsed.positionals.length > 0) {
    throw new UsageError(`Unexpected argument. See \`sakshya ${spec.name.join(' ')} --help\`.`);
  }
  return { values: values as Values<O>, positionals: parsed.positionals };
}

export function commandHelp(spec: Command): string {
  const pos = spec.positionals ? ` ${spec.positionals.required ? spec.positionals.name : `[${spec.positionals.name}]`}` : '';
  const lines = [`Usage: sakshya ${spec.name.join(' ')} [options]${pos}`, '', spec.summary];
  if (spec.details) lines.push('', spec.details);
  if (spec.positionals) lines.push('', 'Arguments:', `  ${spec.positionals.name.padEnd(28)}${spec.positionals.description}`);
  lines.push('', 'Options:');
  for (const [k, o] of Object.entries(spec.options)) {
    const flag = `--${k}${o.type === 'string' ? ` ${o.value ?? 'VALUE'}` : ''}`;
    const extra = [o.required ? 'required' : '', o.env ? `env ${o.env}` : '', o.multiple ? 'repeatable' : ''].filter(Boolean).join('; ');
    lines.push(`  ${flag.padEnd(28)}${o.description}${extra ? ` (${extra})` : ''}`);
  }
  lines.push(`  ${'--help'.padEnd(28)}Show this help.`);
  return lines.join('\n') + '\n';
}
