// Test helpers: a deterministic examiner key (noble) and logs built the way the app builds them.
import { createHash } from 'node:crypto';
import { ed25519 } from '@noble/curves/ed25519.js';
import type { CustodyHash } from '../../../shared/custody/crypto';
import { toHex } from '../../../shared/custody/bytes';
import { appendEntry, emptyChainHead } from '../../../shared/custody/chain';
import { signCheckpoint, type SignedCheckpoint } from '../../../shared/custody/checkpoint';
import { entryLeafHash, type CustodyAction, type CustodyEntry } from '../../../shared/custody/entry';
import { keyFingerprint } from '../../../shared/custody/keys';
import { MerkleAccumulator } from '../../../shared/custody/merkle';

export interface TestExaminer {
  name: string;
  secretKey: Uint8Array;
  publicKey: Uint8Array;
  fingerprint: string;
  sign(message: Uint8Array): Uint8Array;
}

export function makeExaminer(seed = 7, name = 'Insp. A. Sharma'): TestExaminer {
  const secretKey = new Uint8Array(32).fill(seed);
  const publicKey = ed25519.getPublicKey(secretKey);
  return { name, secretKey, publicKey, fingerprint: keyFingerprint(publicKey), sign: (m) => ed25519.sign(m, secretKey) };
}

/** node:crypto SHA-256, as the Node core injects it: builds big fixtures quickly. */
export const nodeHash: CustodyHash = { sha256: (d) => new Uint8Array(createHash('sha256').update(d).digest()) };

const ACTIONS: CustodyAction[] = ['evidence.acquired', 'evidence.parsed', 'evidence.viewed', 'value.revealed', 'note.added'];
const T0 = Date.parse('2024-05-01T04:00:00.000Z');

export function makeEntries(count: number, examiner: TestExaminer, caseId = 'CASE-2024-017', hash?: CustodyHash): CustodyEntry[] {
  let head = emptyChainHead(caseId);
  const entries: CustodyEntry[] = [];
  for (let i = 0; i < count; i++) {
    const next = appendEntry(head, {
      action: ACTIONS[i % ACTIONS.length]!,
      examiner: { name: examiner.name, keyFingerprint: examiner.fingerprint },
      subject: { evidenceId: `ev-${i % 3}`, row: i },
      details: { reason: `step ${i}`, toolVersion: '0.1.0' },
      at: new Date(T0 + i * 1000),
    }, hash);
    entries.push(next.entry);
    head = next.head;
  }
  return entries;
}

/** Signed checkpoints at the given sizes (ascending), over the given entries. */
export function makeCheckpoints(
  entries: readonly CustodyEntry[],
  sizes: readonly number[],
  examiner: TestExaminer,
  hash?: CustodyHash,
): SignedCheckpoint[] {
  const acc = new MerkleAccumulator(hash);
  const out: SignedCheckpoint[] = [];
  const wanted = new Set(sizes);
  const sign = (): void => {
    out.push(
      signCheckpoint(
        {
          caseId: entries[0]?.caseId ?? 'CASE-2024-017',
          treeSize: acc.size,
          rootHash: toHex(acc.root()),
          at: new Date(T0 + acc.size * 1000 + 500).toISOString(),
          keyFingerprint: examiner.fingerprint,
        },
        examiner.sign,
      ),
    );
  };
  if (wanted.has(0)) sign();
  for (const e of entries) {
    acc.append(entryLeafHash(e, hash));
    if (wanted.has(acc.size)) sign();
  }
  return out;
}

export const everySize = (n: number): number[] => Array.from({ length: n }, (_, i) => i + 1);

/** Deep copy, so tampering never touches the pristine fixture. */
export const clone = <T>(value: T): T => structuredClone(value);
