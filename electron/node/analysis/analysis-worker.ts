// Worker thread of the analysis: parses pieces of a table (row-stream.ts) and profiles their rows into
// partial profiles that the analysing thread merges (analysis-pool.ts). It gets a copy of the vault's
// overlap-token key once, zeroes it when told to close, and zeroes each piece's plaintext after use; it
// writes nothing and posts back counts, row hashes and keyed tokens only, never a cell.
import { parentPort } from 'node:worker_threads';
import { SampleProfile, partialTransfer } from '../../../shared/analysis';
import { profilePiece } from './piece-profile';
import type { PoolMessage, PoolReply } from './analysis-pool';

const port = parentPort!;
let key: Uint8Array | null = null;
let asOf = new Date(0);

port.on('message', (m: PoolMessage) => {
  if (m.kind === 'init') {
    key = m.key;
    asOf = new Date(m.asOf);
    return;
  }
  if (m.kind === 'close') {
    key?.fill(0);
    key = null;
    port.close();
    return;
  }
  let profile: SampleProfile | null = null;
  let reply: PoolReply;
  let transfer: ArrayBuffer[] = [];
  try {
    if (!key) throw new Error('no key');
    profile = new SampleProfile({ tokenKey: key, asOf });
    profile.beginTable(m.table.name, m.table.columns, m.table.types, m.table.confidences);
    profilePiece(profile, m.piece, m.table.format, m.table.seed);
    const partial = profile.exportPartial();
    reply = { ok: true, seq: m.seq, partial };
    transfer = partialTransfer(partial);
  } catch (e) {
    // Only the kind of failure is reported: a message could quote cell content.
    reply = { ok: false, seq: m.seq, error: (e as Error)?.name ?? 'Error' };
  } finally {
    profile?.wipe();
    m.piece.bytes.fill(0);
  }
  port.postMessage(reply, transfer);
});
