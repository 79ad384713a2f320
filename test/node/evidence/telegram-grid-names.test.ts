// The records grid of a Telegram export: who sent, forwarded, acted, invited or signed a message is a person,
// so those columns are masked as names in evidence.rows (the conversation view already masked them; the grid
// printed them in full because a column of free-form names gets no detected type). Account ids and a shared
// contact's phone are masked too. All names and numbers are fictitious.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Workbench } from '../../../electron/node/core/workbench';
import { tempDir } from '../../support/cli';

const SENDER = 'Vaidehi Ghoshal';
const FORWARDED = 'Kaustubh Iyengar';
const ACTOR = 'Mrinalini Thakkar';
const SAVED = 'Oindrila Wadhwa';
const AUTHOR = 'Quasim Lalwani';
const INVITED = ['Ujjwal Nambiar', 'Rukmini Sengupta'];
const CONTACT = { first: 'Yashodhan', last: 'Hazarika', phone: '+44 7700 900461' };
const ACCOUNT = 'user6021734455';

function exportJson(): string {
  const at = (m: number) => ({ date: `2023-06-12T10:0${m}:00`, date_unixtime: String(1686544200 + m * 60) });
  const messages = [
    { id: 1, type: 'service', ...at(0), actor: ACTOR, actor_id: 'user5550001', action: 'invite_members', members: INVITED, text: '' },
    { id: 2, type: 'message', ...at(1), from: SENDER, from_id: ACCOUNT, text: 'lookup please' },
    { id: 3, type: 'message', ...at(2), from: SENDER, from_id: ACCOUNT, forwarded_from: FORWARDED, saved_from: SAVED, text: 'forwarded list' },
    { id: 4, type: 'message', ...at(3), from: 'Leak Channel', from_id: 'channel777', author: AUTHOR, text: 'post' },
    {
      id: 5,
      type: 'message',
      ...at(4),
      from: SENDER,
      from_id: ACCOUNT,
      contact_information: { first_name: CONTACT.first, last_name: CONTACT.last, phone_number: CONTACT.phone },
      text: '',
    },
  ];
  return JSON.stringify({ name: 'Grid names test', type: 'private_group', id: 99, messages }, null, 1);
}

describe('Telegram export in the records grid', () => {
  let cleanup: () => void;
  let wb: Workbench;
  let caseId = '';
  let evidenceId = '';

  beforeAll(async () => {
    let root: string;
    ({ dir: root, cleanup } = tempDir('sakshya-telegram-grid-'));
    wb = new Workbench({ vaultDir: path.join(root, 'vault'), kdf: { memoryKiB: 8192, iterations: 1 }, autoLockMinutes: 0 });
    await wb.create('pass', { name: 'Asha Verma', designation: 'Scientist D', organisation: 'NFL' });
    caseId = (await wb.handlers()['case.create']({ title: 'Telegram grid' })).id;
    fs.mkdirSync(path.join(root, 'tg'));
    const file = path.join(root, 'tg', 'result.json');
    fs.writeFileSync(file, exportJson());
    evidenceId = (await wb.importFiles(caseId, [file]))[0]!.evidenceId!;
  }, 60_000);

  afterAll(() => {
    wb?.lock('exit');
    cleanup?.();
  });

  const page = () => wb.handlers()['evidence.rows']({ caseId, evidenceId, table: 'messages', offset: 0, limit: 100 });
  const cell = (p: Awaited<ReturnType<typeof page>>, row: number, column: string) => p.rows[row]![p.columns.findIndex((c) => c.name === column)];

  it('masks sender, forwarded-from, actor, saved-from and author as names (initials)', async () => {
    const p = await page();
    for (const c of ['from', 'forwarded_from', 'actor', 'saved_from', 'author']) {
      expect(p.columns.find((x) => x.name === c)?.piiType, c).toBe('PERSON');
    }
    expect(cell(p, 1, 'from')).toBe('V. G.');
    expect(cell(p, 2, 'forwarded_from')).toBe('K. I.');
    expect(cell(p, 0, 'actor')).toBe('M. T.');
    expect(cell(p, 2, 'saved_from')).toBe('O. W.');
    expect(cell(p, 3, 'author')).toBe('Q. L.');
  });

  it('no reply of the grid holds a person, an account id or a contact phone in plain text', async () => {
    const body = JSON.stringify(await page()) + JSON.stringify(await wb.handlers()['evidence.list']({ caseId }));
    const raw = [SENDER, FORWARDED, ACTOR, SAVED, AUTHOR, ...INVITED, CONTACT.first, CONTACT.last, CONTACT.phone, '900461', ACCOUNT, '6021734455', '5550001'];
    for (const s of raw) expect(body, s).not.toContain(s);
    for (const name of [...INVITED, SENDER]) for (const part of name.split(' ')) expect(body, part).not.toContain(part);
  });

  it('keeps what names no one readable: message id, type, time and the service action', async () => {
    const p = await page();
    expect(cell(p, 0, 'id')).toBe('1');
    expect(cell(p, 0, 'type')).toBe('service');
    expect(cell(p, 0, 'action')).toBe('invite_members');
    expect(cell(p, 1, 'date')).toBe('2023-06-12T10:01:00');
  });
});
