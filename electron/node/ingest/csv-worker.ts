// Worker thread of the CSV import: parses and profiles runs of groups (csv-segment.ts) and posts the counts
// back. It holds no key and writes nothing; the bytes it gets are already hashed and encrypted by the parent.
import { parentPort } from 'node:worker_threads';
import { processSegment, type SegmentJob } from './csv-segment.js';

parentPort!.on('message', (job: SegmentJob) => {
  try {
    parentPort!.postMessage({ ok: true, result: processSegment(job) });
  } catch (e) {
    // Only the kind of failure is reported: a message could quote cell content.
    parentPort!.postMessage({ ok: false, seq: job.seq, error: (e as Error)?.name ?? 'Error' });
  }
});
