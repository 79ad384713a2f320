// The conversation view of a Telegram export (issue #16, problem 8): imported through the bridge, opened from
// the Table | Conversation switch, it shows messages in order with sender, IST time, bot, forward and media;
// a reply quotes the message it answers and jumps to it (also from far below, in another page of the core's);
// names and identifiers are masked as in the grid and the raw values never reach the page; hostile text is
// shown, not run; Devanagari and emoji are drawn with the bundled fonts; pages come from the core a hundred at
// a time; a reveal needs a reason and is logged; the labels are Hindi when Hindi is chosen.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openCase } from './support/app-fixtures';
import { hasChromium, needsChromium, repoRoot } from './support/paths';
import { e2eSuite } from './support/suite';
import { CONVERSATION, CONVERSATION_PEOPLE, CONVERSATION_SECRETS, telegramConversationExport } from '../fixtures/ingest/telegram-conversation';

const EXTRA = 400;
const TOTAL = 8 + EXTRA;
const [A] = CONVERSATION_PEOPLE;
const last4 = (digits: string) => digits.replace(/\D/g, '').slice(-4);

let file = '';
const suite = e2eSuite({
  name: 'telegram-conversation',
  prepare: (dir) => {
    fs.mkdirSync(path.join(dir, 'ChatExport_2023-06-12'));
    file = path.join(dir, 'ChatExport_2023-06-12', 'result.json');
    fs.writeFileSync(file, telegramConversationExport(EXTRA));
  },
});

const readmeShot = async (page: Page, name: string) => {
  await page.screenshot({ path: path.join(repoRoot, 'renderer/screenshots', `${name}.png`), animations: 'disabled' });
};

describe.skipIf(!hasChromium)(needsChromium('telegram conversation'), () => {
  it('shows a Telegram export as a redacted conversation with reply quotes that jump, a logged reveal, and Hindi labels', async () => {
    const app = suite.track(
      await openCase({
        browser: suite.browser,
        viewport: { width: 1366, height: 768 },
        prepare: async (host, caseId, { waitJob }) => waitJob((await host('evidence.import', { caseId, paths: [file] })).jobId),
      }),
    );
    const { page } = app;
    const panel = page.getByRole('tabpanel', { name: 'Evidence' });
    await panel.getByRole('button', { name: 'result.json', exact: true }).click();
    await panel.getByRole('grid').waitFor();
    await panel.getByRole('radiogroup', { name: 'How to show this chat' }).getByRole('radio', { name: 'Conversation' }).click();
    const feed = panel.getByRole('feed', { name: 'Messages' });
    const msg = (n: number) => feed.getByRole('article', { name: `Message ${n}`, exact: true });
    await msg(3).waitFor();
    expect(await panel.getByRole('heading', { name: /Chat: C\. L\. T\. G\. · 408 messages/ }).count()).toBe(1);

    // The bot's answer: sender masked as a name, the bot, IST time, the Aadhaar as XXXX XXXX 1234, and a quote of
    // the lookup it answers (the mobile in it masked too).
    const answer = msg(3);
    expect(await answer.locator('.message-sender').textContent()).toBe('L. B.');
    expect(await answer.locator('.message-via').textContent()).toBe('via @cowin_lookup_bot');
    expect(await answer.locator('.message-time').textContent()).toBe('12 Jun 2023, 10:02 IST (UTC+05:30)');
    expect(await answer.locator('.message-text').textContent()).toContain(`Aadhaar: XXXX XXXX ${last4(A.aadhaar)}`);
    const quote = answer.getByRole('button', { name: /In reply to I\./ });
    expect(await quote.locator('.message-quote-text').textContent()).toBe(`/lookup XXXXXX${last4(A.phone)}`);
    expect(await msg(4).locator('.message-forwarded').textContent()).toBe('Forwarded from V. U. C.');
    expect(await msg(5).locator('.message-media').textContent()).toContain(`Photo${CONVERSATION.photoPath}`);
    expect(await msg(1).locator('.message-action').textContent()).toBe('Group created');
    expect(await msg(8).locator('.message-quote-missing').textContent()).toBe('In reply to message 999, which is not in this export');

    // Hostile text is shown as text: no element made from it, nothing run.
    expect(await msg(7).locator('.message-text').textContent()).toBe(CONVERSATION.hostileText);
    expect(await msg(7).locator('.message-text script, .message-text img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

    // Devanagari and emoji drawn with real glyphs from the bundled fonts (not boxes): two different letters, and
    // an emoji, each differ from the glyph of an unassigned code point.
    const hindi = msg(6).locator('.message-text');
    expect(await hindi.textContent()).toBe(CONVERSATION.hindiText);
    const g = await hindi.evaluate(async (el) => {
      const font = `32px ${getComputedStyle(el).fontFamily}`;
      await document.fonts.load(font, 'नम🙏');
      const draw = (s: string): string => {
        const c = document.createElement('canvas');
        c.width = 64;
        c.height = 48;
        const ctx = c.getContext('2d')!;
        ctx.font = font;
        ctx.fillText(s, 8, 38);
        const a = ctx.getImageData(0, 0, 64, 48).data;
        let bits = '';
        for (let i = 3; i < a.length; i += 4) bits += a[i]! > 127 ? '1' : '0';
        return bits;
      };
      return { font, na: draw('न'), ma: draw('म'), pray: draw('🙏'), missing: draw('\u0378') };
    });
    expect(g.font).toContain('Sakshya Sans');
    expect(g.na).not.toBe(g.ma);
    expect(g.na).not.toBe(g.missing);
    expect(g.pray).not.toBe(g.missing);
    expect(g.pray.split('').filter((b) => b === '1').length).toBeGreaterThan(40);

    // Nothing raw reached the page, and pages came from the core at most a hundred messages at a time.
    const html = await page.content();
    for (const s of [...CONVERSATION_SECRETS, A.name, CONVERSATION.botName, CONVERSATION.forwardedFrom]) expect(html).not.toContain(s);
    const pages = () => app.traffic.filter((r) => r.direction === 'reply' && r.method === 'evidence.messages').map((r) => (r.payload as { value?: { messages: unknown[] } }).value?.messages.length ?? 0);
    expect(Math.max(...pages())).toBeLessThanOrEqual(100);
    expect(pages().reduce((a, b) => a + b, 0)).toBeLessThan(TOTAL);
    expect(await feed.locator('article').count()).toBeLessThan(60);
    await readmeShot(page, 'telegram-conversation');

    // The last message answers message 3, four hundred messages up: its quote jumps there.
    const scroller = feed;
    await scroller.evaluate((el) => (el.scrollTop = el.scrollHeight));
    await expect.poll(async () => { await scroller.evaluate((el) => (el.scrollTop = el.scrollHeight)); return msg(TOTAL).count(); }, { timeout: 20_000 }).toBe(1);
    expect(await msg(3).count()).toBe(0);
    await msg(TOTAL).getByRole('button', { name: /In reply to L\. B\./ }).click();
    await msg(3).and(page.locator('.message-focused')).waitFor();
    expect(await msg(3).isVisible()).toBe(true);

    // Reveal the answer's text: a reason, the raw value for a while, then hidden; the custody log has it.
    await msg(3).hover();
    await msg(3).getByRole('button', { name: 'Reveal text' }).click();
    const dialog = page.getByRole('dialog', { name: 'Reveal a raw value' });
    await dialog.getByText('Record 3, column “text”').waitFor();
    await dialog.getByLabel('Reason for revealing').fill('Compare the bot reply with the complaint');
    await dialog.getByRole('button', { name: 'Reveal', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await msg(3).locator('.message-text.revealed-value').textContent()).toContain(`Aadhaar: ${A.aadhaar}`);
    await msg(3).getByRole('button', { name: 'Hide' }).click();
    await msg(3).locator('.message-text.revealed-value').waitFor({ state: 'detached' });
    expect(await page.content()).not.toContain(A.aadhaar);
    const log = await app.host('custody.log', { caseId: app.caseId });
    expect(log.entries.filter((e) => e.action === 'value.revealed').map((e) => e.summary)).toEqual([expect.stringMatching(/record 3, column text; reason: Compare the bot reply with the complaint$/)]);
    // The pages seen are logged as views of the messages table.
    expect(log.entries.some((e) => e.action === 'evidence.viewed' && /messages/.test(e.summary))).toBe(true);

    // Hindi: the switch, the count, the reply label and the times are Hindi.
    await scroller.evaluate((el) => (el.scrollTop = 0));
    await page.getByRole('button', { name: 'हिन्दी' }).click();
    const hiPanel = page.getByRole('tabpanel', { name: 'साक्ष्य' });
    expect(await hiPanel.getByRole('radio', { name: 'बातचीत' }).getAttribute('aria-checked')).toBe('true');
    const hiFeed = hiPanel.getByRole('feed', { name: 'संदेश' });
    const hiAnswer = hiFeed.getByRole('article', { name: 'संदेश 3', exact: true });
    await hiAnswer.waitFor();
    expect(await hiAnswer.locator('.message-quote-who').textContent()).toBe('I. को उत्तर');
    expect(await hiFeed.getByRole('article', { name: 'संदेश 1', exact: true }).locator('.message-action').textContent()).toBe('समूह बनाया गया');
    expect(await hiAnswer.locator('.message-time').textContent()).toBe('12 जून 2023, 10:02 IST (UTC+05:30)');
    expect(await hiPanel.getByRole('heading', { name: /चैट: C\. L\. T\. G\. · 408 संदेश/ }).count()).toBe(1);
    // The Hindi screenshot shows the media, Devanagari and emoji, and hostile-text messages.
    await hiFeed.getByRole('article', { name: 'संदेश 5', exact: true }).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await hiFeed.getByRole('article', { name: 'संदेश 7', exact: true }).waitFor();
    await readmeShot(page, 'telegram-conversation-hi');
  }, 180_000);
});
