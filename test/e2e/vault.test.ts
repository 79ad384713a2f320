// The vault screens in the real renderer, in Chromium, against the real core: create (examiner, strength
// hint, confirmation), lock, unlock (wrong then right passphrase), and return to the unlock screen when
// the core locks itself. Also the bridge's own guarantees: frozen window.workbench, no secrets echoed.
import { describe, expect, it, vi } from 'vitest';
import { METHODS, type WorkbenchBridge } from '../../shared/api/contract';
import { openApp as openAppIn, tempVaultDir, type OpenApp, type OpenAppOptions } from './support/bridge';
import { hasChromium, needsChromium } from './support/paths';
import { e2eSuite } from './support/suite';

const PASSPHRASE = 'amber lotus quarry vintage meadow';
const EXAMINER = { name: 'Anjali Rao', designation: 'Scientist D', organisation: 'CERT-In' };

// One Chromium per file; every test gets a fresh context (no shared storage) and a fresh vault.
const suite = e2eSuite();

const openApp = (opts: OpenAppOptions) => openAppIn({ ...opts, browser: suite.browser });

async function openWithVault(): Promise<OpenApp> {
  return openApp({
    vaultDir: tempVaultDir(),
    setup: async (host) => {
      await host('vault.create', { passphrase: PASSPHRASE, examiner: EXAMINER });
      await host('vault.lock', {});
    },
  });
}

describe.skipIf(!hasChromium)(needsChromium('vault screens'), () => {
  it('creates a vault from the examiner details and a confirmed passphrase, showing a strength hint', async () => {
    const app = suite.track(await openApp({ vaultDir: tempVaultDir() }));
    const { page } = app;
    await page.getByRole('heading', { name: 'Create the evidence vault' }).waitFor();
    await app.screenshot('vault-create-empty');

    await page.getByLabel('Full name').fill(EXAMINER.name);
    await page.getByLabel('Designation').fill(EXAMINER.designation);
    await page.getByLabel('Organisation').fill(EXAMINER.organisation);

    // A weak passphrase is called weak and refused before anything is sent.
    await page.getByLabel('Passphrase', { exact: true }).fill('Password@123');
    await expect.poll(() => page.getByTestId('strength').getAttribute('data-level')).toBe('weak');
    await expect.poll(() => page.getByText('Contains a commonly used password or word.').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Create vault' }).click();
    await page.getByText('This passphrase is too weak').waitFor();
    await app.screenshot('vault-create-weak');
    expect(app.traffic.some((r) => r.method === 'vault.create')).toBe(false);

    // A strong one with a mistyped confirmation is refused with a mismatch error.
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await expect.poll(() => page.getByTestId('strength').getAttribute('data-level')).toBe('strong');
    await page.getByLabel('Confirm passphrase').fill(`${PASSPHRASE}x`);
    await page.getByLabel('Confirm passphrase').press('Enter');
    await page.getByText('The two passphrases do not match.').waitFor();
    await app.screenshot('vault-create-mismatch');
    expect(app.traffic.some((r) => r.method === 'vault.create')).toBe(false);

    await page.getByLabel('Confirm passphrase').fill(PASSPHRASE);
    await page.getByLabel('Confirm passphrase').press('Enter');
    await page.getByText('Vault unlocked').waitFor();
    const status = app.workbench.status();
    expect(status.state).toBe('unlocked');
    expect(status.examiner?.name).toBe(EXAMINER.name);
    await expect.poll(() => page.getByText(`${EXAMINER.name} · ${EXAMINER.designation} · ${EXAMINER.organisation}`).isVisible()).toBe(true);
    expect(await page.getByTestId('fingerprint').textContent()).toMatch(/^SHA256:[0-9a-f]{4} [0-9a-f]{4} … [0-9a-f]{4}$/);
    await app.screenshot('workbench-empty');

    // The passphrase went in once, in vault.create, and never came back out.
    const requestsWithSecret = app.traffic.filter((r) => r.direction === 'request' && JSON.stringify(r.payload).includes(PASSPHRASE));
    expect(requestsWithSecret.map((r) => r.method)).toEqual(['vault.create']);
    expect(app.traffic.filter((r) => r.direction === 'reply' && JSON.stringify(r.payload).includes(PASSPHRASE))).toEqual([]);
    expect(await page.content()).not.toContain(PASSPHRASE);
    expect(app.blockedRequests).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
    expect(app.internalErrors).toEqual([]);
  });

  it('exposes window.workbench frozen and hides the raw bridge binding from page scripts', async () => {
    const app = suite.track(await openApp({ vaultDir: tempVaultDir() }));
    await app.page.getByRole('heading', { name: 'Create the evidence vault' }).waitFor();
    const facts = await app.page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      const wb = w.workbench as Record<string, Record<string, unknown>>;
      const before = wb.vault?.status;
      let reassigned = true;
      try {
        (wb.vault as Record<string, unknown>).status = () => 'hijacked';
        w.workbench = {};
      } catch {
        reassigned = false;
      }
      return {
        frozen: Object.isFrozen(wb) && Object.values(wb).every((ns) => Object.isFrozen(ns)),
        namespaces: Object.keys(wb).sort(),
        sameStatus: wb.vault?.status === before && w.workbench === wb,
        reassigned,
        descriptor: (() => {
          const d = Object.getOwnPropertyDescriptor(window, 'workbench');
          return { writable: d?.writable, configurable: d?.configurable };
        })(),
        binding: typeof w.__sakshyaInvoke,
        eventsBinding: typeof w.__sakshyaEvents,
        events: Object.keys(wb.events ?? {}),
      };
    });
    expect(facts.frozen).toBe(true);
    expect(facts.namespaces).toEqual([...new Set([...METHODS.map((m) => m.split('.')[0]), 'events'])].sort());
    expect(facts.events).toEqual(['subscribe']);
    expect(facts.eventsBinding).toBe('undefined');
    expect(facts.sameStatus).toBe(true);
    expect(facts.descriptor).toEqual({ writable: false, configurable: false });
    expect(facts.binding).toBe('undefined');
    // A call from the page still works after the tampering attempts.
    const state = await app.page.evaluate(async () => {
      const wb = (window as unknown as { workbench: WorkbenchBridge }).workbench;
      const r = await wb.vault.status({});
      return r.ok ? r.value?.state : 'error';
    });
    expect(state).toBe('absent');
  });

  it('locks from the top bar, refuses a wrong passphrase with a clear error, then unlocks', async () => {
    const app = suite.track(await openWithVault());
    const { page } = app;
    await page.getByRole('heading', { name: 'Unlock the vault' }).waitFor();
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByText('Vault unlocked').waitFor();

    await page.getByRole('button', { name: 'Lock', exact: true }).click();
    await page.getByRole('heading', { name: 'Unlock the vault' }).waitFor();
    expect(app.workbench.status().state).toBe('locked');
    // Locking from this window is not the idle notice.
    expect(await page.getByText('locked after a period of inactivity').count()).toBe(0);

    await page.getByLabel('Passphrase', { exact: true }).fill('amber lotus quarry vintage meadows');
    await page.getByLabel('Passphrase', { exact: true }).press('Enter');
    const error = page.getByText('Wrong passphrase. The vault is still locked.');
    await error.waitFor();
    expect(await page.getByLabel('Passphrase', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await app.screenshot('vault-unlock-wrong');
    expect(app.workbench.status().state).toBe('locked');

    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByLabel('Passphrase', { exact: true }).press('Enter');
    await page.getByText('Vault unlocked').waitFor();
    expect(app.workbench.status().state).toBe('unlocked');
    expect(app.traffic.filter((r) => r.direction === 'reply' && JSON.stringify(r.payload).includes(PASSPHRASE))).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
  });

  it('returns to the unlock screen and drops the case list when the core locks itself', async () => {
    const app = suite.track(await openWithVault());
    const { page } = app;
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByLabel('Passphrase', { exact: true }).press('Enter');
    await page.getByText('Vault unlocked').waitFor();
    await app.host('case.create', { title: 'Alleged CoWIN record exposure via Telegram bot', ref: 'CERT-In/2023/06/117' });
    await page.reload();
    await page.getByRole('heading', { name: 'Unlock the vault' }).or(page.getByText('Vault unlocked')).first().waitFor();
    await page.getByRole('heading', { name: 'Alleged CoWIN record exposure via Telegram bot' }).waitFor();

    // What the idle timer does, done from the host side: the core pushes the lock to the window.
    app.workbench.lock('auto-lock');
    await page.getByRole('heading', { name: 'Unlock the vault' }).waitFor();
    await page.getByText('The vault was locked after a period of inactivity.').waitFor();
    expect(await page.getByText('Alleged CoWIN record exposure via Telegram bot').count()).toBe(0);
    expect(await page.getByText('CERT-In/2023/06/117').count()).toBe(0);
    await app.screenshot('vault-auto-locked');
  });

  it('is told of a lock by the core without polling; a focus re-reads the state once, and status reads are not activity', async () => {
    const app = suite.track(await openWithVault());
    const { page } = app;
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByLabel('Passphrase', { exact: true }).press('Enter');
    await page.getByText('Vault unlocked').waitFor();

    // The workbench's own first call (case.list) is real activity; let it finish before watching.
    await expect.poll(() => app!.traffic.some((r) => r.direction === 'reply' && r.method === 'case.list')).toBe(true);
    const touch = vi.spyOn(app.workbench, 'touch');
    const statusReads = () => app!.traffic.filter((r) => r.direction === 'request' && r.method === 'vault.status').length;
    const before = statusReads();

    // Focus re-reads the lock state once (a missed event is recovered); reading it does not defer the idle lock.
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await expect.poll(statusReads).toBe(before + 1);
    expect(touch).not.toHaveBeenCalled();

    // The lock arrives as an event: the lock screen shows without another status read.
    app.workbench.lock('auto-lock');
    await page.getByRole('heading', { name: 'Unlock the vault' }).waitFor();
    await page.getByText('The vault was locked after a period of inactivity.').waitFor();
    expect(statusReads()).toBe(before + 1);
    const lockEvents = app.traffic.filter((r) => r.direction === 'event' && r.method === 'vault').map((r) => r.payload as { status: { state: string }; reason?: string });
    expect(lockEvents.at(-1)).toMatchObject({ status: { state: 'locked' }, reason: 'auto-lock' });

    // A lock for sleep or a locked screen (the host's 'exit') is named as such, not as inactivity.
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByLabel('Passphrase', { exact: true }).press('Enter');
    await page.getByText('Vault unlocked').waitFor();
    app.workbench.lock('exit');
    await page.getByText('The vault was locked when the computer went to sleep or its screen locked.').waitFor();
    expect(await page.getByText('after a period of inactivity').count()).toBe(0);
  });
});
