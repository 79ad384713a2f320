// Cancel while a file is being read, without racing the import's speed: the import reads through a source
// that holds after its first chunk until the job is cancelled (the browser tests' evidence.test.ts uses the
// same source through the bridge). Also: the source hook reaches the import only through the Workbench's
// composition, and once it has held it reads later files straight through.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { Workbench } from '../../../electron/node/core/workbench';
import { listEvents } from '../../../electron/node/store/events';
import { tempDir } from '../../support/cli';
import { pausingSource } from '../../e2e/support/pausing-source';

const CHUNK = 64 * 1024;
let root: string;
let cleanup: () => void;
let csv: string;
let csvBytes: Buffer;

beforeAll(() => {
  ({ dir: root, cleanup } = tempDir());
  const lines = ['id,remark'];
  for (let i = 0; lines.length < 20_000; i++) lines.push(`${i},synthetic remark number ${i}`);
  csvBytes = Buffer.from(lines.join('\n') + '\n');
  csv = path.join(root, 'held.csv');
  fs.writeFileSync(csv, csvBytes);
});
afterAll(() => cleanup());

async function openWorkbench(name: string, source?: ReturnType<typeof pausingSource>) {
  const wb = new Workbench({ vaultDir: path.join(root, name), kdf: { memoryKiB: 8192, iterations: 1 }, autoLockMinutes: 0, ...(source ? { openImportSource: source.open } : {}) });
  await wb.create('pass', { name: 'Examiner', designation: '', organisation: '' });
  const h = wb.handlers();
  const caseId = (await h['case.create']({ title: 'Held import' })).id;
  return { wb, h, caseId };
}

describe('an import held mid-file by its source', () => {
  it('shows the first chunk as progress, and on Cancel keeps no evidence and no blob, only the event saying so', async () => {
    expect(csvBytes.length).toBeGreaterThan(4 * CHUNK);
    const source = pausingSource(CHUNK);
    const { wb, h, caseId } = await openWorkbench('v1', source);
    const blobsBefore = wb.vault.listBlobFiles();
    const { jobId } = await h['evidence.import']({ caseId, paths: [csv], reason: 'held' });
    await source.paused;
    const running = await h['jobs.get']({ jobId });
    expect(running.state).toBe('running');
    expect(running.progress).toMatchObject({ file: 'held.csv', fileIndex: 0, fileCount: 1, bytesDone: CHUNK, bytesTotal: csvBytes.length });

    await h['jobs.cancel']({ jobId });
    const ended = await wb.jobs.wait(jobId);
    expect(ended.state).toBe('cancelled');
    expect(ended.results.map((r) => r.status)).toEqual(['cancelled']);
    expect(await h['evidence.list']({ caseId })).toEqual([]);
    expect(wb.vault.listBlobFiles()).toEqual(blobsBefore);
    expect(listEvents(wb.vault.db, caseId).filter((e) => e.action === 'import.cancelled')).toHaveLength(1);

    // The source held once; the next import of the same file reads through and keeps it whole.
    const again = await wb.jobs.wait((await h['evidence.import']({ caseId, paths: [csv] })).jobId);
    expect(again.state).toBe('done');
    const listed = await h['evidence.list']({ caseId });
    expect(listed).toHaveLength(1);
    expect(listed[0]!.sha256).toBe(createHash('sha256').update(csvBytes).digest('hex'));
    wb.lock('exit');
  });

  it('reads the files themselves when the host sets no source (the app and the CLI)', async () => {
    const { wb, h, caseId } = await openWorkbench('v2');
    const done = await wb.jobs.wait((await h['evidence.import']({ caseId, paths: [csv] })).jobId);
    expect(done.state).toBe('done');
    expect((await h['evidence.list']({ caseId }))[0]!.sha256).toBe(createHash('sha256').update(csvBytes).digest('hex'));
    wb.lock('exit');
  });
});
