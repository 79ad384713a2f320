import { SakshyaError } from '../../shared/api/errors';
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
export interface CommandSpec<O extends Record<string, OptionSpec> = Record<string, OptionSpec>> {
    name: string[];
    summary: string;
    details?: string;
    options: O;
    /** Positional arguments: name shown in help, and whether at least one is required. */
    positionals?: {
        name: string;
        required: boolean;
        description: string;
    };
    run(ctx: CommandContext<O>): Promise<number>;
}
export type Values<O extends Record<string, OptionSpec>> = {
    [K in keyof O]: O[K]['type'] extends 'boolean' ? boolean : O[K]['multiple'] extends true ? string[] : string | undefined;
};
export interface CommandContext<O extends Record<string, OptionSpec>> {
    values: Values<O>;
    positionals: string[];
    env: NodeJS.ProcessEnv;
    out: (s: string) => void;
    err: (s: string) => void;
}
export declare class UsageError extends SakshyaError {
    constructor(message: string);
}
export declare function defineCommand<O extends Record<string, OptionSpec>>(c: CommandSpec<O>): CommandSpec;
export declare function parseCommandArgs<O extends Record<string, OptionSpec>>(spec: CommandSpec<O>, argv: string[], env: NodeJS.ProcessEnv): {
    values: Values<O>;
    positionals: string[];
};
export declare function commandHelp(spec: CommandSpec): string;
