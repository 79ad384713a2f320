// The vault settings dialog from the top bar: a wrong current passphrase is refused without losing what was
// typed, the right one changes it (logged) and afterwards only the new passphrase opens the vault; the
// examiner's own key fingerprint is shown; another examiner's key is trusted after its fingerprint is shown
// for comparison (logged); the vault is re-keyed (logged). Screenshots in English and Hindi at 1366×768.
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { ed25519 } from '@noble/curves/ed25519.js';
import { describe, expect, it } from 'vitest';
import { openCase, PASSPHRASE, type CaseApp } from './support/app-fixtures';
import { hasChromium, needsChromium, repoRoot } from './support/paths';
import { e2eSuite } from './support/suite';
import { formatPublicKey } from '../../shared/custody';
import { readEntries } from '../../electron/node/store/custody-log';
import { VAULT_LOG } from '../../electron/node/store/events';

const suite = e2eSuite();
const VIEWPORT = { width: 1366, height: 768 };
const NEW_PASSPHRASE = 'saffron kettle orbit lantern cobalt';

/** SHA-256 of the raw key in four-character groups, computed here (not by the code under test). */
function groupedSha256(key: Uint8Array): string[] {
  return createHash('sha256').update(key).digest('hex').match(/.{4}/g)!;
}

async function readmeShot(app: CaseApp, name: string): Promise<void> {
  const file = await app.screenshot(name);
  fs.copyFileSync(file, path.join(repoRoot, 'renderer', 'screenshots', `${name}.png`));
}

const vaultActions = (app: CaseApp) => readEntries(app.workbench.vault.db, VAULT_LOG).map((e) => e.action as string);

describe.skipIf(!hasChromium)(needsChromium('vault settings'), () => {
  it('changes the passphrase (wrong current refused, nothing lost), trusts a key after showing its fingerprint, re-keys; only the new passphrase unlocks', async () => {
    const app = suite.track(await openCase({ browser: suite.browser, viewport: VIEWPORT }));
    const { page } = app;
    await page.getByRole('button', { name: 'Vault settings' }).click();
    const dialog = page.getByRole('dialog', { name: 'Vault settings' });
    await dialog.waitFor();

    // Passphrase: the wrong current passphrase is named on its field; the new ones stay as typed.
    const pp = dialog.getByTestId('passphrase-panel');
    await pp.getByLabel('Current passphrase').fill('not the passphrase at all');
    await pp.getByLabel('New passphrase', { exact: true }).fill(NEW_PASSPHRASE);
    await pp.getByLabel('New passphrase again').fill(NEW_PASSPHRASE);
    await pp.getByTestId('strength').waitFor();
    await pp.getByRole('button', { name: 'Change passphrase' }).click();
    await pp.getByText('The current passphrase is wrong. Nothing was changed').waitFor();
    expect(await pp.getByLabel('New passphrase', { exact: true }).inputValue()).toBe(NEW_PASSPHRASE);
    expect(await pp.getByLabel('New passphrase again').inputValue()).toBe(NEW_PASSPHRASE);
    expect(vaultActions(app)).not.toContain('vault.passphrase_changed');
    await pp.getByLabel('Current passphrase').fill(PASSPHRASE);
    await pp.getByRole('button', { name: 'Change passphrase' }).click();
    await pp.getByTestId('passphrase-done').waitFor();
    expect(vaultActions(app).filter((a) => a === 'vault.passphrase_changed')).toHaveLength(1);

    // Re-key: needs the (now new) current passphrase and an explicit confirmation; logged.
    await dialog.getByRole('tab', { name: 'Re-key' }).click();
    const rk = dialog.getByTestId('rekey-panel');
    await rk.getByLabel('Current passphrase').fill(NEW_PASSPHRASE);
    await rk.getByRole('button', { name: 'Re-key the vault' }).click();
    await rk.getByText('Tick the box to confirm.').waitFor();
    expect(vaultActions(app)).not.toContain('vault.rekeyed');
    await rk.getByLabel('I understand that every vault file will be rewritten under a new key.').check();
    await rk.getByRole('button', { name: 'Re-key the vault' }).click();
    await rk.getByTestId('rekey-done').waitFor({ timeout: 60_000 });
    expect(vaultActions(app).filter((a) => a === 'vault.rekeyed')).toHaveLength(1);

    // Keys: this vault's fingerprint, then another examiner's key shown for comparison before it is trusted.
    await dialog.getByRole('tab', { name: 'Examiner keys' }).click();
    const keys = dialog.getByTestId('keys-panel');
    const status = await app.host('vault.status', {});
    expect(await keys.getByTestId('own-fingerprint').locator('.visually-hidden').textContent()).toBe(status.examiner!.keyFingerprint);
    await keys.getByText('No trusted examiners yet.').waitFor();
    const other = ed25519.getPublicKey(ed25519.utils.randomSecretKey());
    await keys.getByLabel('Their public key (the line from their key file)').fill(formatPublicKey(other, 'Ravi Menon, CERT-In Delhi'));
    await keys.getByRole('button', { name: 'Show fingerprint' }).click();
    const compare = keys.getByTestId('trust-compare');
    await compare.waitFor();
    expect(await compare.locator('.fingerprint-groups span').allTextContents()).toEqual(groupedSha256(other));
    expect(vaultActions(app)).not.toContain('examiner.trusted');
    expect(await keys.getByLabel('Name to show').inputValue()).toBe('Ravi Menon, CERT-In Delhi');
    await keys.getByRole('button', { name: 'Trust this key' }).click();
    await keys.getByTestId('trust-done').filter({ hasText: 'Trusted and logged: Ravi Menon, CERT-In Delhi.' }).waitFor();
    const row = keys.getByTestId('trusted-list').locator('tbody tr');
    expect(await row.count()).toBe(1);
    expect(await row.locator('td').first().textContent()).toBe('Ravi Menon, CERT-In Delhi');
    expect((await row.locator('.trusted-fp').textContent())!.replace(/^SHA256:/, '').split(' ')).toEqual(groupedSha256(other));
    expect(vaultActions(app).filter((a) => a === 'examiner.trusted')).toHaveLength(1);
    // A second key pasted for the screenshot: its fingerprint is shown, not yet trusted.
    const third = ed25519.getPublicKey(ed25519.utils.randomSecretKey());
    await keys.getByLabel('Their public key (the line from their key file)').fill(formatPublicKey(third, 'Sunita Kaur, NCIIPC'));
    await keys.getByRole('button', { name: 'Show fingerprint' }).click();
    await compare.waitFor();
    await readmeShot(app, 'vault-settings');

    // Hindi: the same dialog, every label from the catalogue.
    await dialog.getByRole('button', { name: 'Close' }).last().click();
    await page.getByRole('button', { name: 'हिन्दी' }).click();
    await page.getByRole('button', { name: 'तिजोरी सेटिंग' }).click();
    const hiDialog = page.getByRole('dialog', { name: 'तिजोरी सेटिंग' });
    await hiDialog.getByRole('tab', { name: 'परीक्षक कुंजियाँ' }).click();
    await hiDialog.getByText('विश्वसनीय परीक्षक', { exact: true }).waitFor();
    await hiDialog.getByLabel('उनकी सार्वजनिक कुंजी (उनकी कुंजी फ़ाइल की पंक्ति)').fill('not a key');
    await hiDialog.getByRole('button', { name: 'फ़िंगरप्रिंट दिखाएँ' }).click();
    await hiDialog.getByText('यह साक्ष्य की परीक्षक सार्वजनिक कुंजी नहीं है।').waitFor();
    await hiDialog.getByLabel('उनकी सार्वजनिक कुंजी (उनकी कुंजी फ़ाइल की पंक्ति)').fill(formatPublicKey(third, 'Sunita Kaur, NCIIPC'));
    await hiDialog.getByRole('button', { name: 'फ़िंगरप्रिंट दिखाएँ' }).click();
    await hiDialog.getByTestId('trust-compare').waitFor();
    await readmeShot(app, 'vault-settings-hi');
    await hiDialog.getByRole('button', { name: 'बंद करें' }).last().click();
    await page.getByRole('button', { name: 'English' }).click();

    // Lock; the old passphrase no longer opens the vault, the new one does.
    await page.getByRole('button', { name: 'Lock' }).click();
    const unlock = page.getByLabel('Passphrase', { exact: true });
    await unlock.fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Unlock', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: /wrong/i }).waitFor();
    expect((await app.host('vault.status', {})).state).toBe('locked');
    await unlock.fill(NEW_PASSPHRASE);
    await page.getByRole('button', { name: 'Unlock', exact: true }).click();
    await page.locator('.statusbar').waitFor();
    expect((await app.host('vault.status', {})).state).toBe('unlocked');
    // The case and the trusted key survived the passphrase change and the re-key.
    expect((await app.host('case.list', {})).map((c) => c.id)).toEqual([app.caseId]);
    expect((await app.host('examiner.trusted', {})).map((t) => t.name)).toEqual(['Ravi Menon, CERT-In Delhi']);
  }, 180_000);
});
