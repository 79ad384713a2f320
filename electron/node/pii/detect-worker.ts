// Worker thread of detectFile: parses one byte range of a CSV/TSV and posts back the counts (no cell
// content crosses the thread boundary).
import { parentPort, workerData } from 'node:worker_threads';
import { detectRange, type RangeJob } from './detect-range';

const job = workerData as RangeJob;
const result = await detectRange(job, new AbortController().signal);
parentPort!.postMessage(result);
