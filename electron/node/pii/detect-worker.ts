// Worker thread of detectFile: parses one byte range of a CSV/TSV and posts back the counts (no cell
// content crosses the thread boundary). The range comes with the thread; the column plans follow as the
// first message (the coordinator types the columns while this thread loads).
import { parentPort, workerData } from 'node:worker_threads';
import { detectRange, type RangeJob } from './detect-range';

const job = workerData as Omit<RangeJob, 'plans'>;
const plans = await new Promise<RangeJob['plans']>((resolve) => parentPort!.once('message', resolve));
const result = await detectRange({ ...job, plans }, new AbortController().signal);
parentPort!.postMessage(result);
