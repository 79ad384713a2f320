// Free text on every core (issue #15): detectFile splits a plain-text file at line feeds and a single-chat
// Telegram export between two messages of its top-level array, one range per worker thread. A split must
// count exactly what one thread counts — a value that straddles the byte where the file is divided is
// found once — and any range that did not end where a cut may fall makes the file be read again on one
// thread. Identifiers are synthetic; which ones pass their check is decided by the tests' own
// published-definition Verhoeff (fixtures), not by the code under test.
import { describe, expect, it, afterAll } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { detectFile, type DetectFileResult } from '../../../electron/node/pii/detect-file';
import { scanFile } from '../../../electron/node/pii/scan-file';
import { Rng } from '../../fixtures/pii/prng';
import { aadhaarLike, grouped, mobileLike, people, refVerhoeffValid, sweepTelegram } from '../../fixtures/pii/fail-closed-samples';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sakshya-freetext-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const write = (name: string, data: string): string => {
  const f = path.join(dir, name);
  fs.writeFileSync(f, data);
  return f;
};

/** Everything a split must reproduce: the counts, status and format (not how many threads did the work). */
function outcome(r: DetectFileResult): Omit<DetectFileResult, 'threads' | 'fellBack' | 'plans'> {
  const { threads: _t, fellBack: _f, plans: _p, ...rest } = r;
  return rest;
}

const FILLER = ['the meeting is postponed again, see you later', 'ok', 'please send the list by evening', 'कल मिलते हैं', ''];

/** Chat-log style text: names, mobiles and Aadhaar numbers (half failing their check) among plain lines. */
function chatLog(seed: number, lines: number): string[] {
  const r = new Rng(seed);
  return Array.from({ length: lines }, (_, i) => {
    const ok = i % 2 === 0;
    switch (r.int(0, 5)) {
      case 0: return `Aadhaar: ${grouped(aadhaarLike(r, ok), ' ')} mobile ${mobileLike(r, ok)}`;
      case 1: return `call ${mobileLike(r, ok)} after 5, order no ${r.digits(12)}`;
      case 2: return `मोबाइल ${mobileLike(r, true)} आधार ${aadhaarLike(r, ok)}`;
      case 3: return `mail u${i}@example.in, PAN ${r.letters(3)}P${r.letters(1)}${r.digits(4)}${r.letters(1)}`;
      default: return r.pick(FILLER);
    }
  });
}

describe('plain text split across workers', () => {
  it('counts what one thread counts on generated chat logs', async () => {
    const f = write('chat.txt', chatLog(11, 20_000).join('\n') + '\n');
    const one = await detectFile(f, { workers: 1 });
    const two = await detectFile(f, { workers: 2, minSplitBytes: 0 });
    const three = await detectFile(f, { workers: 3, minSplitBytes: 0 });
    expect(one.format).toBe('text');
    expect([one.threads, two.threads, three.threads]).toEqual([1, 2, 3]);
    expect(two.fellBack || three.fellBack).toBe(false);
    expect(outcome(two)).toEqual(outcome(one));
    expect(outcome(three)).toEqual(outcome(one));
    expect(one.records).toBe(20_000);
  }, 60_000);

  it('finds a value straddling the middle of the file once (hand-counted)', async () => {
    const r = new Rng(3);
    const valid = aadhaarLike(r, true);
    const failing = aadhaarLike(r, false);
    const mobile = mobileLike(r, true);
    expect([refVerhoeffValid(valid), refVerhoeffValid(failing)]).toEqual([true, false]);
    // No commas: the file must read as plain text, not as a CSV.
    const talk = ['please send the list by evening.', 'see you at the station tomorrow!', 'ok', 'did the bot reply to you yet?', 'no reply so far'];
    const before = Array.from({ length: 300 }, (_, i) => talk[i % talk.length]!);
    const after = Array.from({ length: 280 }, (_, i) => talk[(i * 3) % talk.length]!);
    // ASCII only, so character and byte offsets agree.
    const value = grouped(valid, ' ');
    // The last line's padding puts the middle byte of the file inside the value.
    const build = (pad: number) => [...before, `Aadhaar: ${value}`, ...after, `Aadhaar: ${grouped(failing, ' ')}`, `Mobile: ${mobile}`, 'z'.repeat(pad)];
    const base = build(0).join('\r\n') + '\r\n';
    const lines = build(2 * (base.indexOf(value) + 7) - base.length);
    const text = lines.join('\r\n') + '\r\n';
    const f = write('straddle.txt', text);
    // The 2-way split aims at the middle byte; it must fall inside the Aadhaar value itself.
    const mid = Math.floor(Buffer.byteLength(text) / 2);
    const at = Buffer.from(text).indexOf(grouped(valid, ' '));
    expect(at).toBeLessThan(mid);
    expect(at + 14).toBeGreaterThan(mid);
    const two = await scanFile(f, undefined, { workers: 2, minSplitBytes: 0 });
    const one = await scanFile(f, undefined, { workers: 1 });
    expect(two.format).toBe('text');
    expect(two).toEqual(one);
    expect(two.records).toBe(lines.length);
    expect(two.types.IN_AADHAAR).toMatchObject({ valid: 1, invalid: 1 });
    expect(two.types.IN_PHONE).toMatchObject({ valid: 1, invalid: 0 });
    expect(Object.keys(two.types).sort()).toEqual(['IN_AADHAAR', 'IN_PHONE']);
    expect((await detectFile(f, { workers: 2, minSplitBytes: 0 })).threads).toBe(2);
  }, 60_000);

  it('keeps a line over the record cap failing as one thread does (the split is given up)', async () => {
    const lines = chatLog(5, 1000);
    // 17 MiB without a line break in the second half: the text parser stops there with 'malformed'.
    const text = lines.join('\n') + '\n' + 'x'.repeat(17 << 20) + '\n' + lines.join('\n') + '\n';
    const f = write('long-line.txt', text);
    const one = await detectFile(f, { workers: 1 });
    const two = await detectFile(f, { workers: 3, minSplitBytes: 0 });
    expect(one.status).toBe('malformed');
    expect(outcome(two)).toEqual(outcome(one));
  }, 120_000);
});

/** A Telegram export (Telegram Desktop's layout) whose messages carry labelled identifiers in free text. */
function telegram(messages: { text: unknown }[], extra: Record<string, unknown> = {}): string {
  const all = messages.map((m, i) => ({
    id: i + 1, type: 'message', date: '2023-06-12T10:01:00', date_unixtime: String(1686564060 + i), from: 'Lookup Bot', from_id: 'user42', ...m,
  }));
  return JSON.stringify({ name: 'Lookup group', type: 'private_group', id: 99, messages: all, ...extra }, null, 1);
}

describe('Telegram export split across workers', () => {
  it('counts what one thread counts on a generated bot export', async () => {
    const f = write('result.json', sweepTelegram(people(21, 3000)));
    const one = await detectFile(f, { workers: 1 });
    const two = await detectFile(f, { workers: 2, minSplitBytes: 0 });
    const three = await detectFile(f, { workers: 3, minSplitBytes: 0 });
    expect(one.format).toBe('telegram');
    expect([two.threads, three.threads]).toEqual([2, 3]);
    expect(two.fellBack || three.fellBack).toBe(false);
    expect(outcome(two)).toEqual(outcome(one));
    expect(outcome(three)).toEqual(outcome(one));
    expect(one.records).toBe(3001); // 3000 messages and the chat's own row
  }, 60_000);

  it('finds a value in the message straddling the middle once (hand-counted)', async () => {
    const r = new Rng(8);
    const valid = aadhaarLike(r, true);
    expect(refVerhoeffValid(valid)).toBe(true);
    const filler = (k: number) => Array.from({ length: k }, () => ({ text: FILLER[0]! }));
    const value = grouped(valid, ' ');
    // The last message's padding puts the middle byte of the file inside the value.
    const build = (pad: number) => telegram([...filler(400), { text: [{ type: 'bold', text: 'Aadhaar' }, `: ${value}`] }, ...filler(400), { text: 'x'.repeat(pad) }]);
    const base = build(0);
    const json = build(2 * (base.indexOf(value) + 7) - Buffer.byteLength(base));
    const f = write('straddle.json', json);
    const mid = Math.floor(Buffer.byteLength(json) / 2);
    expect(json.indexOf(value)).toBeLessThan(mid);
    expect(json.indexOf(value) + value.length).toBeGreaterThan(mid);
    const two = await scanFile(f, undefined, { workers: 2, minSplitBytes: 0 });
    expect(two).toEqual(await scanFile(f, undefined, { workers: 1 }));
    // The one value in the file, counted once.
    expect(two.types.IN_AADHAAR).toMatchObject({ valid: 1, invalid: 0, examples: ['XXXX XXXX ' + valid.slice(8)] });
    // (The bot's and the chat's names are counted from their columns; no other identifier is in the file.)
    expect(Object.keys(two.types).filter((t) => t.startsWith('IN_'))).toEqual(['IN_AADHAAR']);
    expect((await detectFile(f, { workers: 2, minSplitBytes: 0 })).threads).toBe(2);
  }, 60_000);

  it('names a "Key:" column by its first spelling in the file, whichever range first meets it', async () => {
    const r = new Rng(4);
    const filler = (k: number) => Array.from({ length: k }, (_, i) => ({ text: `${FILLER[i % 3]} ${'.'.repeat(400)}` }));
    // The key first appears after the head the columns are typed from, spelt differently on each side of the middle.
    const json = telegram([...filler(1000), { text: `Pin Code: 5600${r.int(10, 99)} Mobile ${mobileLike(r, true)}` }, ...filler(1000), { text: `PIN CODE: 1100${r.int(10, 99)} Mobile ${mobileLike(r, true)}` }, ...filler(1000)]);
    const f = write('spelling.json', json);
    const one = await detectFile(f, { workers: 1 });
    const two = await detectFile(f, { workers: 2, minSplitBytes: 0 });
    expect(two.threads).toBe(2);
    expect(outcome(two)).toEqual(outcome(one));
    expect(one.columns.flat()).not.toContain('text.PIN CODE');
  }, 60_000);

  it('reads the file again on one thread when a proposed cut is not between two messages', async () => {
    // A top-level array after the messages, laid out like them: the cut falls among its elements.
    const msgs = sweepTelegram(people(2, 400));
    const extra = Array.from({ length: 4000 }, (_, i) => ({ note: `entry ${i}`, contact: `+91 ${mobileLike(new Rng(i), true)}` }));
    const json = JSON.stringify({ ...JSON.parse(msgs), archive: extra }, null, 1);
    const f = write('other-array.json', json);
    const one = await detectFile(f, { workers: 1 });
    const two = await detectFile(f, { workers: 2, minSplitBytes: 0 });
    expect(two.fellBack).toBe(true);
    expect(two.threads).toBe(1);
    expect(outcome(two)).toEqual(outcome(one));
  }, 60_000);

  it('reports invalid JSON in the second half as one thread does', async () => {
    const json = sweepTelegram(people(9, 2000));
    const bad = json.slice(0, Math.floor(json.length * 0.75)) + '\u0001' + json.slice(Math.floor(json.length * 0.75));
    const f = write('bad.json', bad);
    const one = await detectFile(f, { workers: 1 });
    const two = await detectFile(f, { workers: 2, minSplitBytes: 0 });
    expect(one.status).toBe('malformed');
    expect(outcome(two)).toEqual(outcome(one));
  }, 60_000);

  it('does not split a full-account export (each chat has its own messages array)', async () => {
    const chat = (id: number, ps: ReturnType<typeof people>) => ({ ...JSON.parse(sweepTelegram(ps)), id });
    const json = JSON.stringify({ about: 'Here is the data you requested.', chats: { about: 'chats', list: [chat(11, people(31, 800)), chat(12, people(32, 800))] } }, null, 1);
    const f = write('full-account.json', json);
    const one = await detectFile(f, { workers: 1 });
    const two = await detectFile(f, { workers: 2, minSplitBytes: 0 });
    expect(one.format).toBe('telegram');
    expect([two.threads, two.fellBack]).toEqual([1, false]);
    expect(outcome(two)).toEqual(outcome(one));
    expect(one.records).toBe(1602); // 1600 messages and a row per chat
  }, 60_000);

  it('does not split an export without the indented layout (one line of JSON)', async () => {
    const f = write('minified.json', JSON.stringify(JSON.parse(sweepTelegram(people(6, 500)))));
    const one = await detectFile(f, { workers: 1 });
    const two = await detectFile(f, { workers: 2, minSplitBytes: 0 });
    expect(two.threads).toBe(1);
    expect(outcome(two)).toEqual(outcome(one));
  }, 60_000);
});
