import { createReadStream } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTelegram } from '../../../../electron/node/ingest/parsers/telegram.js';
import { keyValueLines } from '../../../../electron/node/ingest/parsers/telegram-text.js';
import { telegramExport, telegramFullExport } from '../../../fixtures/ingest/telegram-samples.js';
import { detectFormat } from '../../../../electron/node/ingest/formats.js';
import { corpus, haveCorpora, needsCorpora } from './corpora.js';
import { chunked, never, TestSink } from './test-sink.js';

describe('Telegram export parser', () => {
  it('makes one row per message with joined text, core columns and Key: value columns', async () => {
    const sink = new TestSink();
    const outcome = await parseTelegram(chunked(Buffer.from(telegramExport()), 13), sink, never());
    expect(outcome.status).toBe('parsed');
    const rows = sink.objects('messages');
    expect(rows).toHaveLength(3);
    expect(sink.tables.get('messages')?.columns.slice(0, 10)).toEqual([
      'id', 'type', 'date', 'date_unixtime', 'from', 'from_id', 'via_bot', 'forwarded_from', 'reply_to_message_id', 'text',
    ]);
    const bot = rows[1] as Record<string, string | null>;
    expect(bot['via_bot']).toBe('@lookup_bot');
    expect(bot['text']).toBe('Name: Ramesh Example\nAadhaar: 2345 6789 0123\nDOB: 01-01-1990\nनाम: रमेश\nSee https://example.org/x\nName: Second Person');
    expect(bot['text.Name']).toBe('Ramesh Example');
    expect(bot['text.Name_2']).toBe('Second Person');
    expect(bot['text.Aadhaar']).toBe('2345 6789 0123');
    expect(bot['text.DOB']).toBe('01-01-1990');
    expect(bot['text.नाम']).toBe('रमेश');
    expect(Object.keys(bot).some((k) => k.startsWith('text.See'))).toBe(false);
    expect(Object.keys(bot)).not.toContain('text_entities');
    const svc = rows[0] as Record<string, string | null>;
    expect(svc['type']).toBe('service');
    expect(svc['action']).toBe('create_group');
    const fwd = rows[2] as Record<string, string | null>;
    expect(fwd['location_information.latitude']).toBe('18.5');
    expect(fwd['reactions']).toBe('[{"type":"emoji","count":"2","emoji":"👍"}]');
    expect(fwd['text.Name']).toBe('lower-case key'); // keys match case-insensitively
    expect(sink.objects('chat')).toEqual([{ name: 'Leak test group', type: 'private_group', id: '123' }]);
    expect(sink.warnings.map((w) => w.code)).toEqual(['media-not-included']);
  });

  it('keeps the messages before a truncation and reports the byte offset', async () => {
    const text = telegramExport();
    const cut = text.slice(0, text.indexOf('"id": 3'));
    const sink = new TestSink();
    const outcome = await parseTelegram(chunked(Buffer.from(cut)), sink, never());
    expect(outcome.status).toBe('malformed');
    expect(outcome.at?.offset).toBe(Buffer.byteLength(cut));
    expect(sink.rowCount('messages')).toBe(2);
  });

  it('reads every chat of a full-account export, tagging messages with their chat', async () => {
    const bytes = Buffer.from(telegramFullExport());
    expect(detectFormat(bytes, 'result.json', bytes.length).format).toBe('telegram');
    const sink = new TestSink();
    const outcome = await parseTelegram(chunked(bytes, 17), sink, never());
    expect(outcome.status).toBe('parsed');
    expect(sink.objects('messages').map((m) => [m['id'], m['chat_id'], m['chat_name']])).toEqual([
      ['1', '11', 'Lookup Bot'],
      ['2', '11', 'Lookup Bot'],
      ['3', '12', 'Asha'],
      ['4', '13', 'Old group'],
    ]);
    expect(sink.objects('messages')[0]?.['text.Name']).toBe('Asha');
    expect(sink.objects('chat')).toEqual([
      { section: 'chats', name: 'Lookup Bot', type: 'bot_chat', id: '11' },
      { section: 'chats', name: 'Asha', type: 'personal_chat', id: '12' },
      { section: 'left_chats', name: 'Old group', type: 'private_group', id: '13' },
    ]);
    expect(sink.tables.has('contacts')).toBe(false);
  });

  it('says unparsed for JSON that is not a chat export', async () => {
    const outcome = await parseTelegram(chunked(Buffer.from('{"a":1}')), new TestSink(), never());
    expect(outcome.status).toBe('unparsed');
  });

  it('extracts only key-shaped prefixes', () => {
    expect(keyValueLines('10:30 meeting\nhttps://x.org\nA very long sentence with many words here: no\n• Phone: 555 0100')).toEqual([
      ['Phone', '555 0100'],
    ]);
  });
});

describe.skipIf(!haveCorpora)(needsCorpora('Telegram parser on real exports'), () => {
  it.each([
    ['telegram-tg2md/tests/result.json', 19, { message: 18, service: 1 }],
    ['telegram-tkonverter/examples/result.json', 87, { message: 25, service: 61, unsupported: 1 }],
    ['telegram-tkonverter/examples/result_group.json', 45, { message: 23, service: 21, unsupported: 1 }],
  ])('%s has %i messages', async (file, count, byType) => {
    const sink = new TestSink();
    const outcome = await parseTelegram(createReadStream(corpus(file)), sink, never());
    expect(outcome.status).toBe('parsed');
    expect(sink.malformedRows).toEqual([]);
    const rows = sink.objects('messages');
    expect(rows).toHaveLength(count);
    const types: Record<string, number> = {};
    for (const r of rows) types[r['type'] as string] = (types[r['type'] as string] ?? 0) + 1;
    expect(types).toEqual(byType);
    expect(rows.every((r) => typeof r['text'] === 'string')).toBe(true);
  });

  it('joins text entities of the older export format', async () => {
    const sink = new TestSink();
    await parseTelegram(createReadStream(corpus('telegram-tg2md/tests/result.json')), sink, never());
    const five = sink.objects('messages').find((r) => r['id'] === '5');
    expect(five?.['text']).toBe('italic\n\nbold\n\nunderline\n\nstrikethrough\n\nmonospace');
    expect(five?.['edited']).toBe('2020-11-12T13:03:00');
  });
});
