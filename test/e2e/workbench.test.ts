// The unlocked workbench in Chromium against the real core: create a case with a reference number, see
// its IST creation time, rename it, move through the tabs' empty states, change the auto-lock, switch
// to Hindi at runtime. Screenshots of each state go to test-output/screenshots/.
import { describe, expect, it } from 'vitest';
import { openApp as openAppIn, tempVaultDir, type OpenApp, type OpenAppOptions } from './support/bridge';
import { hasChromium, needsChromium } from './support/paths';
import { e2eSuite } from './support/suite';

const PASSPHRASE = 'amber lotus quarry vintage meadow';
const EXAMINER = { name: 'Anjali Rao', designation: 'Scientist D', organisation: 'CERT-In' };
const TITLE = 'Alleged CoWIN record exposure via Telegram bot';
const REF = 'CERT-In/2023/06/117';

// One Chromium per file; every test gets a fresh context (no shared storage) and a fresh vault.
const suite = e2eSuite();

const openApp = (opts: OpenAppOptions) => openAppIn({ ...opts, browser: suite.browser });

/** Opens the app on an unlocked vault (created and left unlocked by the host before the page loads). */
async function openUnlocked(opts: { language?: 'en' | 'hi'; cases?: { title: string; ref: string }[] } = {}): Promise<OpenApp> {
  const a = await openApp({
    vaultDir: tempVaultDir(),
    language: opts.language,
    setup: async (host) => {
      await host('vault.create', { passphrase: PASSPHRASE, examiner: EXAMINER });
      for (const c of opts.cases ?? []) await host('case.create', c);
    },
  });
  await a.page.locator('.statusbar').waitFor();
  return a;
}

describe.skipIf(!hasChromium)(needsChromium('workbench'), () => {
  it('creates a case with a reference number from a dialog and shows its creation time in IST', async () => {
    const app = suite.track(await openUnlocked());
    const { page } = app;
    await page.getByRole('heading', { name: 'No cases in this vault yet' }).waitFor();

    // Esc closes the dialog without creating anything.
    await page.getByRole('button', { name: 'New case' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'New case' });
    await dialog.waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('title');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await app.host('case.list', {})).toEqual([]);

    // An empty title is refused in the dialog itself.
    await page.keyboard.press('Control+Shift+N');
    await dialog.waitFor();
    await page.keyboard.press('Enter');
    await dialog.getByText('Enter a title for the case.').waitFor();

    await dialog.getByLabel('Case title').fill(TITLE);
    await dialog.getByLabel(/Reference number/).fill(REF);
    await app.screenshot('case-new-dialog');
    await dialog.getByLabel(/Reference number/).press('Enter');
    await dialog.waitFor({ state: 'detached' });

    await page.getByRole('heading', { name: TITLE }).waitFor();
    const [created] = await app.host('case.list', {});
    expect(created).toMatchObject({ title: TITLE, ref: REF });
    const header = page.locator('.case-header');
    expect(await header.textContent()).toContain(REF);
    // The page runs in UTC; the time shown is still IST, with the offset spelled out.
    const shown = await header.locator('time').textContent();
    expect(shown).toMatch(/^\d{1,2} [A-Z][a-z]{2,3} \d{4}, \d{2}:\d{2} IST \(UTC\+05:30\)$/);
    const ist = new Date(Date.parse(created!.createdAt) + 330 * 60_000);
    expect(shown).toContain(`${String(ist.getUTCHours()).padStart(2, '0')}:${String(ist.getUTCMinutes()).padStart(2, '0')} IST`);
    expect(await page.locator('.rail-item[aria-current="true"]').textContent()).toContain(TITLE);
    expect(await page.getByText('1 case', { exact: true }).count()).toBe(1);
    await app.screenshot('case-created');
    expect(app.consoleErrors).toEqual([]);
  });

  it('renames a case from the header dialog and with F2, keeping its reference', async () => {
    const app = suite.track(await openUnlocked({ cases: [{ title: TITLE, ref: REF }, { title: 'Unrelated older matter', ref: '' }] }));
    const { page } = app;
    await page.getByRole('heading', { name: 'Unrelated older matter' }).waitFor();
    // Newest first in the rail; select the case with the keyboard.
    await page.locator('.rail-item[aria-current="true"]').focus();
    await page.keyboard.press('ArrowDown');
    await page.getByRole('heading', { name: TITLE }).waitFor();

    await page.getByRole('button', { name: 'Rename…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Rename case' });
    await dialog.waitFor();
    expect(await dialog.getByLabel('Case title').inputValue()).toBe(TITLE);
    await dialog.getByLabel('Case title').fill('CoWIN exposure via Telegram bot: verification of sample');
    await app.screenshot('case-rename-dialog');
    await dialog.getByLabel('Case title').press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('heading', { name: 'CoWIN exposure via Telegram bot: verification of sample' }).waitFor();
    expect(await page.locator('.case-header').textContent()).toContain(REF);

    await page.keyboard.press('F2');
    await dialog.waitFor();
    await dialog.getByLabel('Case title').fill('CoWIN exposure: sample verification');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'CoWIN exposure: sample verification' }).waitFor();
    const cases = await app.host('case.list', {});
    expect(cases.find((c) => c.ref === REF)?.title).toBe('CoWIN exposure: sample verification');
    await app.screenshot('case-renamed');
  });

  it('explains every empty tab; tabs not built yet carry no placeholder controls', async () => {
    const app = suite.track(await openUnlocked({ cases: [{ title: TITLE, ref: REF }] }));
    const { page } = app;
    await page.getByRole('heading', { name: TITLE }).waitFor();
    // [tab, heading that explains it, whether the tab has working controls]
    const expectations: [string, string, boolean][] = [
      ['Evidence', 'No evidence in this case yet', true],
      ['Search', 'Search the whole case', true],
      ['Bookmarks', 'Tagged and noted records', false],
      ['Analysis', 'Nothing to analyse yet', false],
      ['Custody', 'Custody log', true],
      ['Reports', 'No reports yet', false],
    ];
    await page.getByRole('tab', { name: 'Evidence' }).focus();
    for (const [i, [tab, heading, hasControls]] of expectations.entries()) {
      if (i > 0) await page.keyboard.press('ArrowRight');
      expect(await page.getByRole('tab', { name: tab }).getAttribute('aria-selected')).toBe('true');
      const panel = page.getByRole('tabpanel', { name: tab });
      await panel.getByRole('heading', { name: heading }).waitFor();
      if (!hasControls) expect(await panel.locator('button, input, select, a').count()).toBe(0);
      await app.screenshot(`tab-${tab.toLowerCase()}`);
    }
  });

  it('changes the auto-lock from the status bar through the core', async () => {
    const app = suite.track(await openUnlocked());
    const { page } = app;
    await page.getByLabel('Auto-lock').selectOption({ label: 'after 5 minutes idle' });
    await expect.poll(() => app!.workbench.status().autoLockMinutes).toBe(5);
    await page.getByLabel('Auto-lock').selectOption({ label: 'Off' });
    await expect.poll(() => app!.workbench.status().autoLockMinutes).toBe(0);

    // The full fingerprint is one click away, in a dialog that Esc closes.
    await page.getByTestId('fingerprint').click();
    const dialog = page.getByRole('dialog', { name: 'Examiner and signing key' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain(app.workbench.status().examiner!.keyFingerprint);
    await app.screenshot('examiner-dialog');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  it('switches to Hindi at runtime, and the choice survives locking', async () => {
    const app = suite.track(await openUnlocked({ cases: [{ title: TITLE, ref: REF }] }));
    const { page } = app;
    await page.getByRole('heading', { name: TITLE }).waitFor();
    await page.getByRole('button', { name: 'हिन्दी' }).click();
    await page.getByRole('tab', { name: 'साक्ष्य' }).waitFor();
    await page.getByRole('heading', { name: 'मामले', exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'ताला लगाएँ' }).count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('hi');
    // Devanagari is drawn with the bundled font, not a fallback box.
    expect(await page.evaluate(() => document.fonts.check('16px "Sakshya Sans"', 'साक्ष्य'))).toBe(true);
    await app.screenshot('case-hindi');

    await page.getByRole('tab', { name: 'अभिरक्षा' }).click();
    await page.getByRole('heading', { name: 'अभिरक्षा लॉग' }).waitFor();
    await app.screenshot('tab-custody-hindi');

    await page.getByRole('button', { name: 'नाम बदलें…' }).click();
    await page.getByRole('dialog', { name: 'मामले का नाम बदलें' }).waitFor();
    await app.screenshot('case-rename-dialog-hindi');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'ताला लगाएँ' }).click();
    await page.getByRole('heading', { name: 'तिजोरी खोलें' }).waitFor();
    await page.getByLabel('पासफ़्रेज़', { exact: true }).fill('wrong passphrase entirely');
    await page.getByLabel('पासफ़्रेज़', { exact: true }).press('Enter');
    await page.getByText('पासफ़्रेज़ गलत है।').waitFor();
    await app.screenshot('vault-unlock-wrong-hindi');
  });

  it('shows the create-vault form in Hindi', async () => {
    const app = suite.track(await openApp({ vaultDir: tempVaultDir(), language: 'hi' }));
    const { page } = app;
    await page.getByRole('heading', { name: 'साक्ष्य तिजोरी बनाएँ' }).waitFor();
    await page.getByLabel('पूरा नाम').fill('अंजलि राव');
    await page.getByLabel('पासफ़्रेज़', { exact: true }).fill('monsoon ledger 47 kettle');
    await page.getByTestId('strength').getByText('मध्यम').waitFor();
    await app.screenshot('vault-create-hindi');
  });
});
