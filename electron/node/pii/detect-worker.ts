// Worker thread of detectFile: parses one byte range of a file and posts back the counts (no cell content
// crosses the thread boundary). The range comes with the thread; the column plans follow as the first
// message (the coordinator types the columns while this thread loads). A failure is reported by the kind
// of error only: a parser's message could quote the content it choked on.
import { parentPort, workerData } from 'node:worker_threads';
import { detectRange, type RangeJob } from './detect-range';

const job = workerData as Omit<RangeJob, 'plans'>;
const first = await new Promise<Pick<RangeJob, 'plans' | 'keyNames'>>((resolve) => parentPort!.once('message', resolve));
try {
  const result = await detectRange({ ...job, ...first }, new AbortController().signal);
  parentPort!.postMessage({ ok: true, result });
} catch (e) {
  parentPort!.postMessage({ ok: false, error: (e as Error)?.name ?? 'Error' });
}
