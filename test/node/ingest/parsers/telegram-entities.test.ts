// A message's `text_entities` repeats its `text`; the parser does not build it (issue #15: about a third of
// an export), and what it does build must not change: the fields after it, the same key nested deeper, a
// malformed entity list (still a syntax error), and a message that is only entities.
import { describe, expect, it } from 'vitest';
import { parseTelegram } from '../../../../electron/node/ingest/parsers/telegram.js';
import { chunked, never, TestSink } from './test-sink.js';

const doc = (messages: string): Buffer => Buffer.from(`{"name":"g","type":"private_group","id":1,"messages":[${messages}]}`);

describe('Telegram text_entities', () => {
  it('keeps every field around an unbuilt text_entities, and the same key below the top of a message', async () => {
    const sink = new TestSink();
    const m1 = '{"id":1,"type":"message","text_entities":[{"type":"bold","text":"Name"},{"type":"plain","text":": A","extra":[[1,{"x":[]}],null]}],"text":[{"type":"bold","text":"Name"},": A"],"photo":"(File not included. Change data exporting settings to download.)","forwarded":{"text_entities":[{"type":"plain","text":"kept"}]}}';
    const m2 = '{"id":2,"text_entities":"not an array","from":"B","text":"Mobile: 9876543210"}';
    const m3 = '{"text_entities":[]}';
    const o = await parseTelegram(chunked(doc([m1, m2, m3].join(',')), 7), sink, never());
    expect(o.status).toBe('parsed');
    const rows = sink.objects('messages') as Record<string, string | null>[];
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({ id: '1', type: 'message', text: 'Name: A', 'text.Name': 'A', photo: '(File not included. Change data exporting settings to download.)', 'forwarded.text_entities': '[{"type":"plain","text":"kept"}]' });
    expect(rows[1]).toMatchObject({ id: '2', from: 'B', text: 'Mobile: 9876543210', 'text.Mobile': '9876543210' });
    expect(rows[2]).toMatchObject({ text: '' });
    for (const r of rows) expect(Object.keys(r)).not.toContain('text_entities');
    expect(sink.warnings.map((w) => w.code)).toEqual(['media-not-included']);
  });

  it('still rejects invalid JSON inside text_entities', async () => {
    const sink = new TestSink();
    const o = await parseTelegram(chunked(doc('{"id":1,"text":"a"},{"id":2,"text_entities":[{"type":"plain",}],"text":"b"}'), 5), sink, never());
    expect(o.status).toBe('malformed');
    expect(sink.objects('messages')).toHaveLength(1);
  });
});
