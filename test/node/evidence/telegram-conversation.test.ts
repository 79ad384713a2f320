// The conversation view's core (issue #16): a Telegram export paged in export order, each reply linked to the
// record it answers (also across pages, and per chat in a full-account export), everything redacted as the
// grid redacts it and names masked even where the grid leaves a column untyped, hostile text returned as
// plain text, and the pages seen written to the custody log as views.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Workbench } from '../../../electron/node/core/workbench';
import { listEvents } from '../../../electron/node/store/events';
import { cutText } from '../../../electron/node/evidence/telegram-conversation';
import { tempDir } from '../../support/cli';
import { CONVERSATION, CONVERSATION_PEOPLE, CONVERSATION_SECRETS, telegramConversationExport } from '../../fixtures/ingest/telegram-conversation';

const PASSPHRASE = 'correct horse battery staple';
const [A, B, C] = CONVERSATION_PEOPLE;
const last4 = (digits: string) => digits.replace(/\D/g, '').slice(-4);

describe('evidence.messages', () => {
  let root: string;
  let cleanup: () => void;
  let wb: Workbench;
  let caseId: string;
  let chatId: string;
  let longId: string;
  let fullId: string;
  let csvId: string;
  let bigId: string;

  beforeAll(async () => {
    ({ dir: root, cleanup } = tempDir('sakshya-conversation-'));
    let t = Date.parse('2026-12-07T10:00:00Z');
    wb = new Workbench({ vaultDir: path.join(root, 'vault'), kdf: { memoryKiB: 8192, iterations: 1 }, autoLockMinutes: 0, now: () => new Date((t += 1000)) });
    await wb.create(PASSPHRASE, { name: 'Asha Verma', designation: 'Scientist D', organisation: 'NFL' });
    caseId = (await wb.handlers()['case.create']({ title: 'Conversation test', ref: '' })).id;
    const write = (dir: string, name: string, body: string) => {
      fs.mkdirSync(path.join(root, dir), { recursive: true });
      const f = path.join(root, dir, name);
      fs.writeFileSync(f, body);
      return f;
    };
    // 8 messages; then the same chat with 300 filler messages after them; then a full-account export whose
    // two chats both have messages 1 and 2 (ids restart per chat), each 2 replying to its own chat's 1.
    const msg = (id: number, text: string, reply?: number) => ({ id, type: 'message', date: '2023-06-12T10:00:00', from: 'Me', from_id: 'user1', text, ...(reply ? { reply_to_message_id: reply } : {}) });
    const full = JSON.stringify({
      about: 'Here is the data you requested.',
      chats: {
        about: 'chats',
        list: [
          { name: 'First chat', type: 'personal_chat', id: 11, messages: [msg(1, 'first one'), msg(2, 'answers first one', 1)] },
          { name: 'Second chat', type: 'personal_chat', id: 12, messages: [msg(1, 'second one'), msg(2, 'answers second one', 1)] },
        ],
      },
    });
    const files = [
      write('a', 'result.json', telegramConversationExport()),
      write('b', 'result.json', telegramConversationExport(300)),
      write('c', 'result.json', full),
      write('d', 'people.csv', `name,aadhaar\n${A.name},${A.aadhaar}\n`),
      write('e', 'result.json', telegramConversationExport(6000)),
    ];
    const res = await wb.importFiles(caseId, files, { reason: 'conversation test' });
    [chatId, longId, fullId, csvId, bigId] = res.map((r) => r.evidenceId!) as [string, string, string, string, string];
  }, 60_000);
  afterAll(() => {
    wb?.lock('exit');
    cleanup?.();
  });

  const page = (evidenceId: string, offset = 0, limit = 100) => wb.handlers()['evidence.messages']({ caseId, evidenceId, offset, limit });

  it('shows the messages in export order with sender, IST-ready UTC time, bot, forward, media and service action', async () => {
    const p = await page(chatId);
    expect(p.total).toBe(8);
    expect(p.messages.map((m) => m.id)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(p.messages.map((m) => m.row)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    const [created, lookup, answer, forwarded, photo] = p.messages;
    expect(created).toMatchObject({ kind: 'service', action: 'create_group', fromColumn: 'actor', from: 'I.' });
    // date_unixtime 1686544260 = 2023-06-12 04:31:00 UTC (10:01 IST).
    expect(lookup).toMatchObject({ kind: 'message', at: '2023-06-12T04:31:00.000Z', localDate: null, from: 'I.', fromColumn: 'from' });
    expect(answer).toMatchObject({ viaBot: '@cowin_lookup_bot', from: 'L. B.' });
    expect(forwarded!.forwardedFrom).toBe('V. U. C.');
    expect(photo!.media).toEqual([
      { column: 'photo', kind: 'photo', name: CONVERSATION.photoPath },
      { column: 'file', kind: 'file', name: `files/${CONVERSATION.fileName}` },
    ]);
    // The chat is named after its members or topic: masked as a name.
    expect(p.chatName).toBe('C. L. T. G.');
  });

  it('masks identifiers in message text as the grid does: Aadhaar as XXXX XXXX 1234, mobiles to their last four', async () => {
    const p = await page(chatId);
    const grid = await wb.handlers()['evidence.rows']({ caseId, evidenceId: chatId, table: 'messages', offset: 0, limit: 100 });
    const textCol = grid.columns.findIndex((c) => c.name === 'text');
    // Exactly the grid's redaction of the same cells.
    expect(p.messages.map((m) => m.text)).toEqual(grid.rows.map((r) => r[textCol] ?? ''));
    expect(p.messages[1]!.text).toBe(`/lookup XXXXXX${last4(A.phone)}`);
    expect(p.messages[2]!.text).toContain(`Aadhaar: XXXX XXXX ${last4(A.aadhaar)}`);
    expect(p.messages[2]!.text).not.toContain(A.name);
    expect(p.messages[3]!.text).toBe(`Second lookup XXXX XXXX ${last4(B.aadhaar)} and call XXXXXX${last4(C.phone)}`);
    const wire = JSON.stringify(p);
    for (const s of CONVERSATION_SECRETS) expect(wire).not.toContain(s);
    for (const s of [A.name, CONVERSATION.botName, CONVERSATION.forwardedFrom, CONVERSATION.chatName]) expect(wire).not.toContain(s);
  });

  it('keeps Devanagari and emoji, and returns hostile text as plain text, unchanged', async () => {
    const p = await page(chatId);
    expect(p.messages[5]!.text).toBe(CONVERSATION.hindiText);
    expect(p.messages[6]!.text).toBe(CONVERSATION.hostileText);
  });

  it('links a reply to the record it answers, with the quote redacted; a reply to a message not exported has no record', async () => {
    const p = await page(chatId);
    const byId = new Map(p.messages.map((m) => [m.id, m]));
    expect(byId.get('3')!.replyTo).toEqual({ id: '2', row: 1, from: 'I.', text: `/lookup XXXXXX${last4(A.phone)}` });
    expect(byId.get('5')!.replyTo).toMatchObject({ id: '4', row: 3, from: 'I.' });
    expect(byId.get('6')!.replyTo).toMatchObject({ id: '3', row: 2, from: 'L. B.' });
    expect(byId.get('6')!.replyTo!.text).toContain(`XXXX XXXX ${last4(A.aadhaar)}`);
    expect(byId.get('8')!.replyTo).toEqual({ id: '999', row: null, from: null, text: null });
    expect(byId.get('2')!.replyTo).toBeNull();
  });

  it('pages from the core: a window of the chat, a reply quoting a message on an earlier page', async () => {
    const p = await page(longId, 5, 50);
    expect(p.total).toBe(308);
    expect(p.offset).toBe(5);
    expect(p.messages).toHaveLength(50);
    expect(p.messages[0]!.id).toBe('6');
    expect(p.messages[49]!.id).toBe('55');
    // Message 6 answers message 3 (record 2), which is not on this page.
    expect(p.messages[0]!.replyTo).toMatchObject({ id: '3', row: 2, from: 'L. B.' });
    const end = await page(longId, 300, 50);
    expect(end.messages.map((m) => m.id)).toEqual(['301', '302', '303', '304', '305', '306', '307', '308']);
    expect((await page(longId, 400, 50)).messages).toEqual([]);
  });

  it('looks a reply up within its own chat in a full-account export (ids restart per chat)', async () => {
    const p = await page(fullId);
    expect(p.messages.map((m) => [m.id, m.replyTo?.row ?? null])).toEqual([
      ['1', null],
      ['2', 0],
      ['1', null],
      ['2', 2],
    ]);
    // The quote is the answered record's text as the grid shows it.
    const grid = await wb.handlers()['evidence.rows']({ caseId, evidenceId: fullId, table: 'messages', offset: 2, limit: 1 });
    expect(p.messages[3]!.replyTo!.text).toBe(grid.rows[0]![grid.columns.findIndex((c) => c.name === 'text')]);
    expect(p.chatName).toBeNull();
    // Each chat's run is marked where it starts, with the chat's name masked as a name.
    expect(p.messages.map((m) => [m.chat, m.chatStart])).toEqual([
      ['F. C.', true],
      ['F. C.', false],
      ['S. C.', true],
      ['S. C.', false],
    ]);
    expect((await page(fullId, 1, 2)).messages.map((m) => m.chatStart)).toEqual([false, true]);
    expect((await page(chatId)).messages.every((m) => m.chat === null && !m.chatStart)).toBe(true);
  });

  it('cuts a quote only after redacting it, and never inside an emoji', async () => {
    expect(cutText('ab👍cd', 3)).toBe('ab👍…');
    expect(cutText('short', 10)).toBe('short');
    // An identifier that straddles the cut: its visible part is mask, not digits.
    // 140 + ' Aadhaar: ' = 150 characters before the number, so the cut at 160 falls inside it.
    const long = `${'x'.repeat(140)} Aadhaar: ${A.aadhaar}`;
    const body = JSON.stringify({ name: 'Cut', type: 'private_group', id: 1, messages: [
      { id: 1, type: 'message', date: '2023-06-12T10:00:00', from: 'Me', text: long },
      { id: 2, type: 'message', date: '2023-06-12T10:00:00', from: 'Me', text: 'ok', reply_to_message_id: 1 },
    ] });
    const f = path.join(root, 'cut.json');
    fs.writeFileSync(f, body);
    const [r] = await wb.importFiles(caseId, [f], { reason: 'cut test' });
    const p = await page(r!.evidenceId!);
    const quote = p.messages[1]!.replyTo!.text!;
    expect([...quote].length).toBeLessThanOrEqual(161);
    expect(quote).toMatch(/Aadhaar: X/);
    expect(quote).not.toMatch(/\d/);
    expect(p.messages[1]!.localDate).toBe('2023-06-12T10:00:00');
    expect(p.messages[1]!.at).toBeNull();
  });

  it('keeps answering other requests while it builds the reply index of a large chat', async () => {
    const order: string[] = [];
    // The last message answers message 3: its page needs the index, built over 6,008 records in slices.
    const messages = page(bigId, 6000, 8).then((p) => (order.push('messages'), p));
    const rows = wb.handlers()['evidence.rows']({ caseId, evidenceId: chatId, table: 'messages', offset: 0, limit: 5 }).then(() => order.push('rows'));
    const [p] = await Promise.all([messages, rows]);
    expect(order).toEqual(['rows', 'messages']);
    expect(p.messages[7]!.replyTo).toMatchObject({ id: '3', row: 2, from: 'L. B.' });
  });

  it('refuses an item that is not a Telegram export, with a specific error', async () => {
    await expect(page(csvId)).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('not a Telegram chat export') });
  });

  it('logs the pages seen as views of the messages table, with the records quoted from outside them; no values', async () => {
    await page(longId, 100, 50);
    await page(longId, 150, 50);
    await page(longId, 5, 10);
    wb.lock('user');
    await wb.unlock(PASSPHRASE);
    const views = listEvents(wb.vault.db, caseId).filter((e) => e.action === 'evidence.viewed' && e.details.view === 'conversation' && e.details.evidenceId === longId);
    expect(views.map((e) => e.details)).toContainEqual({ evidenceId: longId, table: 'messages', view: 'conversation', records: [101, 200] });
    expect(views.map((e) => e.details)).toContainEqual({ evidenceId: longId, table: 'messages', view: 'conversation', records: [6, 15], quotedRecords: [3] });
    // The timeline's line names the quoted records too, in English and Hindi.
    const lines = (await wb.handlers()['custody.log']({ caseId })).entries.filter((e) => e.action === 'evidence.viewed' && e.evidenceId === longId);
    expect(lines.map((e) => e.summary)).toContain(`Viewed ${longId} table messages as a conversation, records 6–15; quoted 3`);
    expect(lines.map((e) => e.summaryHi)).toContain(`${longId}, तालिका messages: बातचीत के रूप में रिकॉर्ड 6–15 देखे गए; उद्धृत 3`);
    const log = JSON.stringify(listEvents(wb.vault.db, caseId));
    for (const s of CONVERSATION_SECRETS) expect(log).not.toContain(s);
  });
});
