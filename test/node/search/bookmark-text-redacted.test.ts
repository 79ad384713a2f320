// A note or tag is the examiner's own text, and it may quote a value from the evidence. The app shows it
// (Bookmarks tab, custody timeline) the way the report prints it: identifiers masked. The signed entry keeps
// the text as typed, so the log still verifies.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readEntries } from '../../../electron/node/store/custody-log';
import { tempDir } from '../../support/cli';
import { PEOPLE, fixtureCase, type FixtureCase } from '../report/fixture';

describe('bookmark and note text as shown', () => {
  let cleanup: () => void;
  let fx: FixtureCase;
  let people: string;
  const person = PEOPLE[1]!;
  const note = `Matches the bot reply for ${person.mobile}, Aadhaar ${person.aadhaar}`;
  const tag = `reply-${person.mobile}`;

  beforeAll(async () => {
    let root: string;
    ({ dir: root, cleanup } = tempDir('sakshya-bookmark-text-'));
    fx = await fixtureCase(root);
    people = (await fx.wb.handlers()['evidence.list']({ caseId: fx.caseId })).find((e) => e.name === 'people.csv')!.id;
  });
  afterAll(() => {
    fx?.wb.lock();
    cleanup?.();
  });

  it('masks identifiers quoted in a note or tag in every reply the window gets, and keeps the stored text as typed', async () => {
    const h = fx.wb.handlers();
    const added = await h['bookmarks.add']({ caseId: fx.caseId, evidenceId: people, row: 1, tag, note });
    const list = await h['bookmarks.list']({ caseId: fx.caseId });
    const log = await h['custody.log']({ caseId: fx.caseId });
    const digits = (s: string) => s.replace(/\D/g, '');
    for (const reply of [added, list, log]) {
      const json = JSON.stringify(reply);
      expect(json).not.toContain(person.mobile);
      expect(json).not.toContain(digits(person.aadhaar));
      expect(json).not.toContain(person.aadhaar);
    }
    // What is shown still says what the note says, with the identifiers in their masked forms (last four
    // digits of the Aadhaar number, as everywhere in the app).
    const shownNote = list.find((b) => b.kind === 'note')!.text;
    expect(shownNote).toMatch(/^Matches the bot reply for /);
    expect(shownNote).toContain(`XXXX XXXX ${digits(person.aadhaar).slice(-4)}`);
    expect(list.find((b) => b.kind === 'tag')!.text).toMatch(/^reply-/);
    expect(log.entries.at(-1)!.summary).toContain('Matches the bot reply for');
    // The signed entries keep the examiner's words exactly.
    const stored = readEntries(fx.wb.vault.db, fx.caseId).filter((e) => e.action === 'note.added' || e.action === 'tag.added');
    expect(stored.map((e) => e.details.text ?? e.details.tag)).toEqual([tag, note]);
    expect((await h['custody.verify']({ caseId: fx.caseId })).ok).toBe(true);
  });
});
