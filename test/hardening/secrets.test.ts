// Keys are held only while the vault is unlocked: on lock (by hand or after the idle time) the vault key is
// zeroed in memory, and the passphrase bytes used to unlock are zeroed as soon as the key is unwrapped.
import { describe, it, expect, afterEach, vi } from 'vitest';
import path from 'node:path';
import { Workbench } from '../../electron/node/core/workbench';
import { SecretBuffer } from '../../electron/node/vault/secret';
import { tempDir } from '../support/cli';

const KDF = { memoryKiB: 8192, iterations: 1 };
const EXAMINER = { name: 'Examiner Synthetic', designation: 'Analyst', organisation: 'Test Lab' };
const PASS = 'correct horse battery staple';

/** Records every SecretBuffer created and every Buffer handed out through `.bytes`, without changing them. */
function watchSecrets() {
  const created: SecretBuffer[] = [];
  const seen = new Map<SecretBuffer, Buffer>();
  const fromString = SecretBuffer.fromString.bind(SecretBuffer);
  const bytesGetter = Object.getOwnPropertyDescriptor(SecretBuffer.prototype, 'bytes')!.get!;
  vi.spyOn(SecretBuffer, 'fromString').mockImplementation((s: string) => {
    const sb = fromString(s);
    created.push(sb);
    return sb;
  });
  vi.spyOn(SecretBuffer.prototype, 'bytes', 'get').mockImplementation(function (this: SecretBuffer) {
    const b = bytesGetter.call(this) as Buffer;
    seen.set(this, b);
    return b;
  });
  const wipe = vi.spyOn(SecretBuffer.prototype, 'wipe');
  return { created, seen, wipe };
}

/** The vault key: the only 32-byte secret read through `.bytes` that is not a passphrase or a KEK that was wiped. */
function liveKeys(seen: Map<SecretBuffer, Buffer>): [SecretBuffer, Buffer][] {
  return [...seen].filter(([sb, b]) => !sb.wiped && b.length === 32);
}

const isZero = (b: Buffer) => b.every((x) => x === 0);

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('secrets in memory', () => {
  it('zeroes the vault key when the vault is locked', async () => {
    const { dir, cleanup } = tempDir('sakshya-hard-secrets-');
    try {
      const wb = new Workbench({ vaultDir: path.join(dir, 'v'), kdf: KDF, autoLockMinutes: 0 });
      await wb.create(PASS, EXAMINER);
      wb.lock();
      const { seen } = watchSecrets();
      await wb.unlock(PASS);
      await wb.handlers()['case.create']({ title: 'Key use' }); // the save reads the key
      const keys = liveKeys(seen);
      expect(keys).toHaveLength(1);
      const [key, bytes] = keys[0]!;
      const copy = Buffer.from(bytes);
      expect(isZero(copy)).toBe(false);

      wb.lock();
      expect(wb.status().state).toBe('locked');
      expect(key.wiped).toBe(true);
      expect(isZero(bytes)).toBe(true); // the very Buffer that held the key, not just a dropped reference
      expect(() => key.bytes).toThrow(/wiped/);
    } finally {
      cleanup();
    }
  });

  it('zeroes the passphrase bytes once unlock (and create) have used them, even after a wrong passphrase', async () => {
    const { dir, cleanup } = tempDir('sakshya-hard-secrets-');
    try {
      const wb = new Workbench({ vaultDir: path.join(dir, 'v'), kdf: KDF, autoLockMinutes: 0 });
      const { created, seen } = watchSecrets();
      await wb.create(PASS, EXAMINER);
      wb.lock();
      await expect(wb.unlock('not the passphrase')).rejects.toThrow(/Wrong passphrase/);
      await wb.unlock(PASS);
      expect(created.length).toBe(3);
      for (const sb of created) {
        expect(sb.wiped).toBe(true);
        const b = seen.get(sb);
        expect(b, 'the passphrase was read through .bytes by the KDF').toBeDefined();
        expect(isZero(b!)).toBe(true);
      }
      wb.lock();
    } finally {
      cleanup();
    }
  });

  it('locks by itself after the idle time and wipes the key', async () => {
    const { dir, cleanup } = tempDir('sakshya-hard-secrets-');
    try {
      // Only timers are faked: the KDF and file I/O need the real event loop.
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      const wb = new Workbench({ vaultDir: path.join(dir, 'v'), kdf: KDF, autoLockMinutes: 5 });
      await wb.create(PASS, EXAMINER);
      wb.lock();
      const { seen } = watchSecrets();
      await wb.unlock(PASS);
      await wb.handlers()['case.create']({ title: 'Idle' });
      const [key, bytes] = liveKeys(seen)[0]!;
      expect(wb.status().state).toBe('unlocked');

      vi.advanceTimersByTime(4 * 60_000);
      wb.touch(); // activity restarts the idle clock
      vi.advanceTimersByTime(4 * 60_000);
      expect(wb.status().state).toBe('unlocked');
      expect(isZero(bytes)).toBe(false);

      vi.advanceTimersByTime(60_000 + 1);
      expect(wb.status().state).toBe('locked');
      expect(key.wiped).toBe(true);
      expect(isZero(bytes)).toBe(true);
      await expect(wb.handlers()['case.list']({})).rejects.toMatchObject({ code: 'VAULT_LOCKED' });
    } finally {
      cleanup();
    }
  });

  it('accepts a fractional idle time and locks after it with real timers', async () => {
    const { dir, cleanup } = tempDir('sakshya-hard-secrets-');
    try {
      const wb = new Workbench({ vaultDir: path.join(dir, 'v'), kdf: KDF, autoLockMinutes: 0.005 }); // 300 ms
      await wb.create(PASS, EXAMINER);
      expect(wb.status().state).toBe('unlocked');
      await new Promise((r) => setTimeout(r, 700));
      expect(wb.status().state).toBe('locked');
    } finally {
      cleanup();
    }
  });
});
