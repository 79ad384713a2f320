// Case hand-over in the window, between the app's vault (B) and a second vault (A) run by the core in this
// process. A seals a case for B; B's examiner picks the package with the host's file dialog, sees who it
// claims to come from and whether that key is trusted; an untrusted sender and a package altered in transit
// are refused (nothing imported); from a trusted sender the case arrives. B then hands its own case to A from
// the case header through the host's folder dialog, and A receives it. Screenshots in English and Hindi.
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { openCase, type CaseApp } from './support/app-fixtures';
import { tempVaultDir } from './support/bridge';
import { hasChromium, needsChromium, repoRoot } from './support/paths';
import { writePeopleCsv } from './support/people-csv';
import { e2eSuite } from './support/suite';
import { Workbench } from '../../electron/node/core/workbench';
import { loadExaminer } from '../../electron/node/store/examiner';
import { readEntries } from '../../electron/node/store/custody-log';
import { formatPublicKey } from '../../shared/custody';

const suite = e2eSuite({ name: 'handover' });
const VIEWPORT = { width: 1366, height: 768 };

function groupedSha256(key: Uint8Array): string[] {
  return createHash('sha256').update(key).digest('hex').match(/.{4}/g)!;
}

async function readmeShot(app: CaseApp, name: string): Promise<void> {
  const file = await app.screenshot(name);
  fs.copyFileSync(file, path.join(repoRoot, 'renderer', 'screenshots', `${name}.png`));
}

describe.skipIf(!hasChromium)(needsChromium('case hand-over'), () => {
  it('receives a case from a trusted sender through the file picker, refuses untrusted and altered packages, and hands a case back through the folder picker', async () => {
    const outbox = path.join(suite.dir, 'outbox');
    fs.mkdirSync(outbox);
    const sample = path.join(suite.dir, 'ward_12_beneficiaries.csv');
    writePeopleCsv(sample, 30);

    // Vault A: another examiner's, in the core only.
    let pickForA: string | null = null;
    const a = new Workbench({ vaultDir: tempVaultDir(), kdf: { memoryKiB: 8192, iterations: 1 }, autoLockMinutes: 0, pickFolder: async () => outbox, pickPackage: async () => pickForA });
    await a.create('sender vault passphrase words', { name: 'Meera Iyer', designation: 'Scientist C', organisation: 'CERT-In' });
    const sentCase = await a.handlers()['case.create']({ title: 'Ward 12 beneficiary list (sent by CERT-In)', ref: 'CERT-In/2023/07/031' });
    const job = await a.handlers()['evidence.import']({ caseId: sentCase.id, paths: [sample] });
    await expect.poll(async () => (await a.handlers()['jobs.get']({ jobId: job.jobId })).state, { timeout: 60_000 }).toBe('done');
    const aKey = loadExaminer(a.vault.db)!.publicKey;

    let pickForB: string | null = null;
    const app = suite.track(await openCase({ browser: suite.browser, viewport: VIEWPORT, pickFolder: async () => outbox, pickPackage: async () => pickForB }));
    const { page } = app;
    const bKey = loadExaminer(app.workbench.vault.db)!.publicKey;

    // A seals its case for B.
    const sent = await a.handlers()['handover.send']({ caseId: sentCase.id, to: { key: formatPublicKey(bKey, 'Anjali Rao') } });
    const pkg = path.join(outbox, sent!.file);
    const tampered = path.join(suite.dir, 'tampered.sakshya-case');
    const bytes = Buffer.from(fs.readFileSync(pkg));
    bytes[bytes.length - 100]! ^= 0x40;
    fs.writeFileSync(tampered, bytes);

    // B, before trusting A: the claims and the sender's fingerprint are shown; receiving is not offered.
    await page.getByRole('button', { name: 'Receive case…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Receive a case' });
    pickForB = pkg;
    await dialog.getByRole('button', { name: 'Choose package…' }).click();
    const claims = dialog.getByTestId('package-claims');
    await claims.waitFor();
    expect(await claims.locator('.fingerprint-groups span').allTextContents()).toEqual(groupedSha256(aKey));
    expect(await claims.getByText('Meera Iyer').count()).toBe(1);
    expect(await dialog.getByTestId('sender-trust').textContent()).toBe('Not trusted in this vault');
    await dialog.getByTestId('package-problem').filter({ hasText: 'is not among this vault’s trusted examiners' }).waitFor();
    expect(await dialog.getByRole('button', { name: 'Receive case', exact: true }).isDisabled()).toBe(true);
    expect(await app.host('case.list', {})).toHaveLength(1);

    // B trusts A's key (compared by telephone in real life) from the shortcut to Vault settings → Examiner keys.
    await dialog.getByRole('button', { name: 'Open Examiner keys…' }).click();
    const keys = page.getByRole('dialog', { name: 'Vault settings' }).getByTestId('keys-panel');
    await keys.getByLabel('Their public key (the line from their key file)').fill(formatPublicKey(aKey, 'Meera Iyer'));
    await keys.getByRole('button', { name: 'Show fingerprint' }).click();
    expect(await keys.getByTestId('trust-compare').locator('.fingerprint-groups span').allTextContents()).toEqual(groupedSha256(aKey));
    await keys.getByRole('button', { name: 'Trust this key' }).click();
    await keys.getByTestId('trust-done').waitFor();
    await page.getByRole('dialog', { name: 'Vault settings' }).getByRole('button', { name: 'Close' }).last().click();
    expect((await app.host('examiner.trusted', {})).map((x) => x.name)).toEqual(['Meera Iyer']);

    // An altered package from the trusted sender: its header reads fine, receiving it is refused.
    await page.getByRole('button', { name: 'Receive case…' }).click();
    pickForB = tampered;
    await dialog.getByRole('button', { name: 'Choose package…' }).click();
    expect(await dialog.getByTestId('sender-trust').textContent()).toBe('Trusted examiner');
    await dialog.getByRole('button', { name: 'Receive case', exact: true }).click();
    await dialog.getByTestId('receive-error').filter({ hasText: 'Package refused: it does not pass its checks' }).waitFor();
    expect(await dialog.getByTestId('receive-error').locator('details').textContent()).toMatch(/altered or damaged in transit/);
    expect((await app.host('case.list', {})).map((c) => c.id)).toEqual([app.caseId]);

    // The genuine package: shown, then received; the case arrives in the rail with its evidence and log.
    pickForB = pkg;
    await dialog.getByRole('button', { name: 'Choose another package…' }).click();
    await dialog.getByTestId('sender-trust').filter({ hasText: 'Trusted examiner' }).waitFor();
    expect(await dialog.getByTestId('package-problem').count()).toBe(0);
    await readmeShot(app, 'handover');
    // The same screen in Hindi (the language switch is behind the modal dialog: close, switch, reopen).
    await dialog.getByRole('button', { name: 'Close' }).last().click();
    await page.getByRole('button', { name: 'हिन्दी' }).click();
    await page.getByRole('button', { name: 'मामला प्राप्त करें…' }).click();
    const hiDialog = page.getByRole('dialog', { name: 'मामला प्राप्त करें' });
    await hiDialog.getByRole('button', { name: 'पैकेज चुनें…' }).click();
    await hiDialog.getByTestId('sender-trust').filter({ hasText: 'विश्वसनीय परीक्षक' }).waitFor();
    await readmeShot(app, 'handover-hi');
    await hiDialog.getByRole('button', { name: 'मामला प्राप्त करें', exact: true }).click();
    await hiDialog.getByTestId('handover-received').filter({ hasText: 'प्राप्त हुआ और लॉग में दर्ज हुआ: “Ward 12 beneficiary list (sent by CERT-In)”, 1 साक्ष्य' }).waitFor();
    await hiDialog.getByRole('button', { name: 'बंद करें' }).last().click();
    await page.getByRole('button', { name: 'English' }).click();
    await page.locator('.case-title').filter({ hasText: 'Ward 12 beneficiary list (sent by CERT-In)' }).waitFor();
    expect((await app.host('case.list', {})).map((c) => c.id).sort()).toEqual([app.caseId, sentCase.id].sort());
    expect((await app.host('evidence.list', { caseId: sentCase.id })).map((e) => e.name)).toEqual(['ward_12_beneficiaries.csv']);
    const received = readEntries(app.workbench.vault.db, sentCase.id).filter((e) => e.action === 'case.received');
    expect(received.map((e) => e.details.senderName)).toEqual(['Meera Iyer']);

    // B hands its own case to A from the case header; the host's folder dialog chooses the folder.
    await page.getByRole('listitem').filter({ hasText: 'Alleged CoWIN record exposure via Telegram bot' }).first().click();
    await page.locator('.case-title').filter({ hasText: 'Alleged CoWIN record exposure' }).waitFor();
    await page.getByRole('button', { name: 'Hand over…' }).click();
    const send = page.getByRole('dialog', { name: 'Hand over this case' });
    expect(await send.getByLabel('Recipient').inputValue()).toMatch(/^SHA256:/);
    expect(await send.getByTestId('recipient-fingerprint').locator('.fingerprint-groups span').allTextContents()).toEqual(groupedSha256(aKey));
    await send.getByRole('button', { name: 'Choose folder and seal…' }).click();
    const done = send.getByTestId('handover-sent');
    await done.waitFor({ timeout: 60_000 });
    const file = (await done.locator('dd.mono').first().textContent())!;
    expect(file).toMatch(new RegExp(`^${app.caseId}-\\d{8}T\\d{6}Z\\.sakshya-case$`));
    const written = fs.readFileSync(path.join(outbox, file));
    expect(await done.getByText(createHash('sha256').update(written).digest('hex')).count()).toBe(1);
    expect(readEntries(app.workbench.vault.db, app.caseId).filter((e) => e.action === 'case.sent')).toHaveLength(1);
    await readmeShot(app, 'handover-send');
    // The same, in Hindi (a second package: the first stays as it was written).
    await send.getByRole('button', { name: 'Close' }).last().click();
    await page.getByRole('button', { name: 'हिन्दी' }).click();
    await page.getByRole('button', { name: 'सौंपें…' }).click();
    const hiSend = page.getByRole('dialog', { name: 'यह मामला सौंपें' });
    await hiSend.getByRole('button', { name: 'फ़ोल्डर चुनें और सील करें…' }).click();
    await hiSend.getByTestId('handover-sent').filter({ hasText: 'पैकेज लिखा गया और लॉग में दर्ज हुआ।' }).waitFor({ timeout: 60_000 });
    await readmeShot(app, 'handover-send-hi');
    expect(fs.readFileSync(path.join(outbox, file)).equals(written)).toBe(true);

    // A receives it through its own file picker once it trusts B's key.
    pickForA = path.join(outbox, file);
    expect((await a.handlers()['handover.open']({}))!.problem).toBe('untrusted');
    await a.handlers()['examiner.trust']({ publicKey: formatPublicKey(bKey, 'Anjali Rao') });
    const peek = await a.handlers()['handover.open']({});
    expect(peek!.problem).toBeNull();
    expect((await a.handlers()['handover.receive']({ token: peek!.token })).caseId).toBe(app.caseId);
    expect((await a.handlers()['case.list']({})).map((c) => c.id)).toContain(app.caseId);
    a.lock();
  }, 240_000);
});
