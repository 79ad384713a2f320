// Types for start-electron.mjs (used by test/electron).
export interface Found {
  path: string | null;
  reason: string;
}
export type Env = Record<string, string | undefined>;
export declare function findElectron(): Found;
export declare function electronInstaller(): string | null;
export declare function startPlan(found: Found, ctx: { env: Env; installer: string | null }): { action: 'run' | 'install' | 'explain'; reason: string };
export declare function resolveElectron(deps: {
  env: Env;
  find: () => Found;
  installer: string | null;
  install: (installer: string, env: Env) => Promise<{ ok: boolean; detail: string }>;
  say: (line: string) => void;
}): Promise<Found>;
