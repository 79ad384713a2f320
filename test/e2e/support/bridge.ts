// Host 2 of the API: the real renderer in Debian Chromium (playwright-core), talking to the real core in
// this test process through the same dispatcher the Electron main process uses. The page gets the same
// frozen, nested `window.workbench` object the preload exposes; every payload crossing it is recorded.
// Events reach the page by long-poll over a second hidden binding: the page asks for the next batch and
// the host answers when the core has emitted something (the same checked events Electron main sends).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { METHODS, type Method, type Request, type Response, type WireResult } from '../../../shared/api/contract';
import type { WorkbenchEvent } from '../../../shared/api/events';
import { countsAsActivity } from '../../../shared/api/methods';
import { createDispatcher, type Dispatch, type Sender } from '../../../electron/node/api/dispatcher';
import { streamEvents } from '../../../electron/node/api/event-stream';
import { Workbench } from '../../../electron/node/core/workbench';
import { CHROMIUM_ARGS } from '../../../electron/node/report/pdf-chromium';
import type { SourceOpener } from '../../../electron/node/ingest/importer';
import { ensureRendererBuilt } from './build-renderer';
import { chromiumPath, rendererDist, screenshotDir } from './paths';
import { startStaticServer } from './static-server';

/** One payload that crossed the bridge, in the order it crossed (for an event, `method` is its type). */
export interface BridgeRecord {
  direction: 'request' | 'reply' | 'event';
  method: string;
  payload: unknown;
}

/** Calls the core as the host would (trusted sender), e.g. to set up a vault or to lock it behind the UI's back. */
export type HostCall = <M extends Method>(method: M, request: Request<M>) => Promise<Response<M>>;

export interface OpenAppOptions {
  vaultDir: string;
  /** Runs before the page loads, e.g. to create a vault so the test starts at the unlock screen. */
  setup?: (host: HostCall) => Promise<void>;
  /** 'en' (default) or 'hi': the renderer's saved display language at first load. */
  language?: 'en' | 'hi';
  viewport?: { width: number; height: number };
  /** A browser shared by a test file (see launchChromium); each app still gets its own fresh context.
   * Without it, openApp launches one and close() ends it. */
  browser?: Browser;
  /** The host's file dialog behind evidence.pickFiles: in tests, returns fixture paths. */
  pickFiles?: () => Promise<string[]>;
  /** The host's folder dialog behind report.chooseFolder: in tests, returns a fixture folder. */
  pickFolder?: () => Promise<string | null>;
  /** The host's "open folder" (Electron: shell.openPath): in tests, records the call. */
  openPath?: (dir: string) => Promise<void>;
  /** The host's dialog for one case package (handover.open): in tests, returns a fixture file. */
  pickPackage?: () => Promise<string | null>;
  /** Where the core reads imported files from (default: the files), e.g. a pausingSource to test Cancel. */
  openImportSource?: SourceOpener;
  /** Awaited after each table a case-wide search scans (WorkbenchOptions.searchHold), to test Cancel. */
  searchHold?: (signal: AbortSignal) => Promise<void>;
}

export interface OpenApp {
  page: Page;
  browser: Browser;
  context: BrowserContext;
  /** The core service behind the page (call `.lock('auto-lock')` to simulate the idle timeout). */
  workbench: Workbench;
  dispatch: Dispatch;
  host: HostCall;
  origin: string;
  /** Every request and reply that crossed `window.workbench`, in order. */
  traffic: BridgeRecord[];
  /** URLs the page tried to load from anywhere but the loopback server (all were aborted). */
  blockedRequests: string[];
  /** Console errors and uncaught page errors (CSP violations show up here). */
  consoleErrors: string[];
  /** Unexpected (non-SakshyaError) failures inside the core. */
  internalErrors: string[];
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

const BINDING = '__sakshyaInvoke';
const EVENTS_BINDING = '__sakshyaEvents';
/** Events kept for a page that is not asking (between reloads); the oldest go first. The page re-reads
 * the state when it subscribes, so a dropped event is recovered. */
const EVENT_BACKLOG = 1000;

/** Runs in the page before any page script: builds the frozen nested `window.workbench` from the method
 * list and hides the raw bindings. Serialised by Playwright, so it must not close over anything. */
function installWorkbench(arg: { methods: string[]; binding: string; eventsBinding: string }): void {
  type Invoke = (method: string, request: unknown) => Promise<unknown>;
  type NextEvents = () => Promise<unknown[]>;
  const w = window as unknown as Record<string, unknown>;
  // Playwright may install a binding before or after this script: capture it either way, and let page
  // scripts read only `undefined`. Non-configurable, so a page script cannot swap in its own setter.
  const capture = (name: string): (() => ((...a: never[]) => unknown) | null) => {
    let fn: ((...a: never[]) => unknown) | null = null;
    const existing = w[name];
    if (typeof existing === 'function') fn = existing as (...a: never[]) => unknown;
    try {
      delete w[name];
    } catch {
      // Fall through: the accessor below hides it anyway.
    }
    Object.defineProperty(window, name, {
      configurable: false,
      enumerable: false,
      get: () => undefined,
      set: (value: unknown) => {
        if (fn === null && typeof value === 'function') fn = value as (...a: never[]) => unknown;
      },
    });
    return () => fn;
  };
  const invokeFn = capture(arg.binding);
  const eventsFn = capture(arg.eventsBinding);
  const invoke = (method: string, request: unknown) => {
    const fn = invokeFn() as Invoke | null;
    return fn ? fn(method, request) : Promise.reject(new Error('Sakshya bridge not ready'));
  };

  // One long-poll loop for the page, started by the first subscriber.
  const listeners = new Set<{ listener: (event: unknown) => void }>();
  let pumping = false;
  const pump = async (): Promise<void> => {
    for (;;) {
      const next = eventsFn() as NextEvents | null;
      if (!next) {
        await new Promise((r) => setTimeout(r, 20));
        continue;
      }
      let batch: unknown[];
      try {
        batch = await next();
      } catch {
        return; // the page is going away
      }
      for (const event of batch) {
        for (const entry of [...listeners]) {
          try {
            entry.listener(event);
          } catch {
            // One failing listener must not keep the event from the others.
          }
        }
      }
    }
  };
  const events = Object.freeze({
    subscribe: (listener: (event: unknown) => void) => {
      if (typeof listener !== 'function') throw new TypeError('events.subscribe needs a function');
      const entry = { listener };
      listeners.add(entry);
      if (!pumping) {
        pumping = true;
        void pump();
      }
      return () => void listeners.delete(entry);
    },
  });

  const root: Record<string, Record<string, unknown>> = {};
  for (const method of arg.methods) {
    const dot = method.indexOf('.');
    const ns = method.slice(0, dot);
    const fn = method.slice(dot + 1);
    root[ns] ??= {};
    // Exactly one argument crosses, as with the preload: stray arguments are dropped.
    root[ns][fn] = (request: unknown) => invoke(method, request);
  }
  root.events = events;
  for (const ns of Object.values(root)) Object.freeze(ns);
  Object.freeze(root);
  Object.defineProperty(window, 'workbench', { value: root, writable: false, configurable: false, enumerable: true });
}

/** Launches Debian Chromium with the project's flags (a fresh temporary profile every time). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: [...CHROMIUM_ARGS], headless: true });
}

/** A private temporary folder; the vault goes in a subfolder that does not exist yet. */
export function tempVaultDir(prefix = 'sakshya-e2e-'): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), prefix)), 'vault');
}

export async function openApp(opts: OpenAppOptions): Promise<OpenApp> {
  await ensureRendererBuilt();
  const server = await startStaticServer(rendererDist);
  const origin = server.origin;
  const internalErrors: string[] = [];
  // Low KDF cost: the tests exercise the flow, not Argon2id's cost (the core's own tests cover that).
  const workbench = new Workbench({
    vaultDir: opts.vaultDir,
    kdf: { memoryKiB: 8192, iterations: 1 },
    ...(opts.pickFiles ? { pickFiles: opts.pickFiles } : {}),
    ...(opts.pickFolder ? { pickFolder: opts.pickFolder } : {}),
    ...(opts.openPath ? { openPath: opts.openPath } : {}),
    ...(opts.pickPackage ? { pickPackage: opts.pickPackage } : {}),
    ...(opts.openImportSource ? { openImportSource: opts.openImportSource } : {}),
    ...(opts.searchHold ? { searchHold: opts.searchHold } : {}),
  });
  const dispatch = createDispatcher(workbench.handlers(), {
    isTrustedSender: (s: Sender) => s.topFrame && s.url.startsWith(`${origin}/`),
    // Status queries are not user activity: counting them would hold the idle lock off.
    onCall: (m) => {
      if (countsAsActivity(m)) workbench.touch();
    },
    onInternalError: (method, e) => internalErrors.push(`${method}: ${e instanceof Error ? e.message : String(e)}`),
  });
  const hostSender: Sender = { url: `${origin}/index.html`, topFrame: true };
  const host: HostCall = async (method, request) => {
    const r = (await dispatch(hostSender, method, request)) as WireResult<Response<typeof method>>;
    if (!r.ok) throw new Error(`${method} failed: ${r.error.code} ${r.error.message}`);
    return r.value;
  };
  if (opts.setup) await opts.setup(host);

  let stopEvents: () => void = () => undefined;
  const ownsBrowser = !opts.browser;
  let browser: Browser | null = opts.browser ?? null;
  let context: BrowserContext | null = null;
  try {
    browser ??= await launchChromium();
    context = await browser.newContext({
      viewport: opts.viewport ?? { width: 1360, height: 860 },
      deviceScaleFactor: 1,
      locale: 'en-IN',
      // Not India: proves the renderer shows IST whatever the computer's zone is.
      timezoneId: 'UTC',
      serviceWorkers: 'block',
    });
    const blockedRequests: string[] = [];
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url === origin || url.startsWith(`${origin}/`)) return route.continue();
      blockedRequests.push(url);
      return route.abort('blockedbyclient');
    });
    const page = await context.newPage();
    const consoleErrors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => consoleErrors.push(`pageerror: ${e.message}`));

    const traffic: BridgeRecord[] = [];
    await page.exposeBinding(BINDING, async (source, method: unknown, payload: unknown) => {
      const name = String(method);
      traffic.push({ direction: 'request', method: name, payload: structuredClone(payload) });
      const sender: Sender = { url: source.frame.url(), topFrame: source.frame === source.page.mainFrame() };
      const reply = await dispatch(sender, name, payload);
      traffic.push({ direction: 'reply', method: name, payload: structuredClone(reply) });
      return reply;
    });
    // Events: checked against the contract (streamEvents), recorded, queued until the page's next long-poll.
    const queue: WorkbenchEvent[] = [];
    let wake: (() => void) | null = null;
    stopEvents = streamEvents(
      workbench.events,
      (event) => {
        traffic.push({ direction: 'event', method: event.type, payload: structuredClone(event) });
        queue.push(event);
        if (queue.length > EVENT_BACKLOG) queue.shift();
        wake?.();
      },
      { onInternalError: (what, e) => internalErrors.push(`${what}: ${e instanceof Error ? e.message : String(e)}`) },
    );
    await page.exposeBinding(EVENTS_BINDING, async () => {
      // Only the newest asker is answered: after a reload, the old page's pending call is left unanswered.
      while (queue.length === 0) await new Promise<void>((resolve) => (wake = resolve));
      wake = null;
      return queue.splice(0);
    });
    await page.addInitScript(installWorkbench, { methods: [...METHODS], binding: BINDING, eventsBinding: EVENTS_BINDING });
    if (opts.language) {
      await page.addInitScript((lang: string) => {
        try {
          window.localStorage.setItem('sakshya.language', lang);
        } catch {
          // ignore: the test will see English
        }
      }, opts.language);
    }
    await page.goto(`${origin}/index.html`);

    const b = browser;
    const ctx = context;
    return {
      page,
      browser: b,
      context: ctx,
      workbench,
      dispatch,
      host,
      origin,
      traffic,
      blockedRequests,
      consoleErrors,
      internalErrors,
      async screenshot(name: string) {
        fs.mkdirSync(screenshotDir, { recursive: true });
        const file = path.join(screenshotDir, `${name}.png`);
        await page.screenshot({ path: file, animations: 'disabled' });
        return file;
      },
      async close() {
        workbench.lock('exit');
        stopEvents();
        await ctx.close().catch(() => undefined);
        if (ownsBrowser) await b.close().catch(() => undefined);
        await server.close();
      },
    };
  } catch (e) {
    workbench.lock('exit');
    stopEvents();
    await context?.close().catch(() => undefined);
    if (ownsBrowser) await browser?.close().catch(() => undefined);
    await server.close();
    throw e;
  }
}
