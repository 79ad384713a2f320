// The conversation view over public Telegram Desktop exports (../shared/corpora: tg2md's test export and
// tkonverter's examples, with service messages, polls, games, media of every kind, forwards and replies).
// Expected values come from the export files themselves, read here with JSON.parse, not from the app.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConversationMessage } from '../../../shared/api/contract';
import { Workbench } from '../../../electron/node/core/workbench';
import { tempDir } from '../../support/cli';
import { corpus, haveCorpora, needsCorpora } from '../ingest/parsers/corpora';

const FILES = [
  ['telegram-tg2md', 'tests', 'result.json'],
  ['telegram-tkonverter', 'examples', 'result.json'],
  ['telegram-tkonverter', 'examples', 'result_group.json'],
] as const;

interface RawMessage {
  id: number;
  type: string;
  date?: string;
  date_unixtime?: string;
  reply_to_message_id?: number;
  photo?: string;
  file?: string;
  media_type?: string;
  contact_vcard?: string;
}

describe.skipIf(!haveCorpora)(needsCorpora('evidence.messages over public Telegram exports'), () => {
  let cleanup: () => void;
  let wb: Workbench;
  let caseId: string;
  const ids: string[] = [];

  beforeAll(async () => {
    let root: string;
    ({ dir: root, cleanup } = tempDir('sakshya-conversation-corpora-'));
    wb = new Workbench({ vaultDir: path.join(root, 'vault'), kdf: { memoryKiB: 8192, iterations: 1 }, autoLockMinutes: 0 });
    await wb.create('correct horse battery staple', { name: 'Asha Verma', designation: 'Scientist D', organisation: 'NFL' });
    caseId = (await wb.handlers()['case.create']({ title: 'Corpora', ref: '' })).id;
    for (const f of FILES) ids.push((await wb.importFiles(caseId, [corpus(...f)], { reason: 'corpus' }))[0]!.evidenceId!);
  }, 60_000);
  afterAll(() => {
    wb?.lock('exit');
    cleanup?.();
  });

  it.each(FILES.map((f, i) => [f.join('/'), i] as const))('%s: every message in export order, replies linked to the right record, times and media', async (_name, i) => {
    const raw = (JSON.parse(fs.readFileSync(corpus(...FILES[i]!), 'utf8')) as { messages: RawMessage[] }).messages;
    const got: ConversationMessage[] = [];
    // Pages of 7, so replies and their targets fall on different pages.
    for (let offset = 0; ; offset += 7) {
      const p = await wb.handlers()['evidence.messages']({ caseId, evidenceId: ids[i]!, offset, limit: 7 });
      expect(p.total).toBe(raw.length);
      got.push(...p.messages);
      if (p.messages.length < 7) break;
    }
    expect(got.map((m) => m.id)).toEqual(raw.map((m) => String(m.id)));
    expect(got.map((m) => m.kind)).toEqual(raw.map((m) => (m.type === 'service' ? 'service' : 'message')));
    raw.forEach((m, k) => {
      const g = got[k]!;
      if (m.date_unixtime) expect(g.at).toBe(new Date(Number(m.date_unixtime) * 1000).toISOString());
      else expect(g.localDate).toBe(m.date ?? null);
      if (m.reply_to_message_id !== undefined) {
        const target = raw.findIndex((x) => x.id === m.reply_to_message_id);
        expect(g.replyTo).toMatchObject({ id: String(m.reply_to_message_id), row: target < 0 ? null : target });
      } else expect(g.replyTo).toBeNull();
      expect(g.media.map((x) => x.column)).toEqual(['photo', 'file', 'contact_vcard'].filter((c) => typeof m[c as 'photo' | 'file' | 'contact_vcard'] === 'string'));
      const file = g.media.find((x) => x.column === 'file');
      if (file) expect(file.kind).toBe(m.media_type ?? 'file');
    });
  });
});
