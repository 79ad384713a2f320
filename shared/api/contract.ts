// The one API between the renderer (or any host) and the core: method names, request and response
// schemas. The dispatcher validates every request against these schemas and every response too, so
// only declared fields ever cross the boundary (zod drops the rest).
import { z } from 'zod';

const id = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/);
const text = (max: number) => z.string().trim().min(1).max(max);

export const Examiner = z.object({
  name: z.string(),
  designation: z.string(),
  organisation: z.string(),
  keyFingerprint: z.string(),
});
export type Examiner = z.infer<typeof Examiner>;

export const VaultStatus = z.object({
  state: z.enum(['absent', 'locked', 'unlocked']),
  /** The vault folder the host is bound to, shown so the investigator knows where the data lives. */
  path: z.string(),
  examiner: Examiner.nullable(),
  autoLockMinutes: z.number().int().min(0),
});
export type VaultStatus = z.infer<typeof VaultStatus>;

export const CaseInfo = z.object({
  id,
  title: z.string(),
  ref: z.string(),
  createdAt: z.string(), // UTC ISO-8601
});
export type CaseInfo = z.infer<typeof CaseInfo>;

const Passphrase = z.string().min(1).max(1024);

const empty = z.object({}).strict();

export const contract = {
  'vault.status': { request: empty, response: VaultStatus },
  'vault.create': {
    request: z
      .object({
        passphrase: Passphrase,
        examiner: z.object({ name: text(200), designation: z.string().max(200), organisation: z.string().max(200) }),
      })
      .strict(),
    response: VaultStatus,
  },
  'vault.unlock': { request: z.object({ passphrase: Passphrase }).strict(), response: VaultStatus },
  'vault.lock': { request: empty, response: VaultStatus },
  'vault.changePassphrase': {
    request: z.object({ current: Passphrase, next: Passphrase }).strict(),
    response: VaultStatus,
  },
  'vault.setAutoLock': {
    request: z.object({ minutes: z.number().int().min(0).max(24 * 60) }).strict(),
    response: VaultStatus,
  },
  'case.list': { request: empty, response: z.array(CaseInfo) },
  'case.create': {
    request: z.object({ title: text(300), ref: z.string().trim().max(100).optional() }).strict(),
    response: CaseInfo,
  },
  'case.rename': { request: z.object({ id, title: text(300) }).strict(), response: CaseInfo },
} as const;

export type Contract = typeof contract;
export type Method = keyof Contract;
export type Request<M extends Method> = z.input<Contract[M]['request']>;
export type Response<M extends Method> = z.output<Contract[M]['response']>;
/** A request after validation, as handlers receive it. */
export type ParsedRequest<M extends Method> = z.output<Contract[M]['request']>;

export const METHODS = Object.keys(contract) as Method[];

export type WireResult<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };

type Namespace = Method extends `${infer N}.${string}` ? N : never;

/** The shape of `window.workbench`: one function per method, grouped by namespace (`workbench.case.list({})`). */
export type WorkbenchBridge = {
  readonly [N in Namespace]: {
    readonly [M in Method as M extends `${N}.${infer F}` ? F : never]: (
      request: Request<M>,
    ) => Promise<WireResult<Response<M>>>;
  };
};

/** Splits 'case.list' into ['case', 'list']. */
export function splitMethod(method: Method): [string, string] {
  const dot = method.indexOf('.');
  return [method.slice(0, dot), method.slice(dot + 1)];
}

