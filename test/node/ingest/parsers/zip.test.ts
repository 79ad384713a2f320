import type { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { bufferSource } from '../../../../electron/node/ingest/parsers/sources.js';
import { openZip } from '../../../../electron/node/ingest/zip/index.js';
import { buildZip, emptyZip } from '../../../fixtures/ingest/zip-samples.js';
import { noise } from '../../../fixtures/ingest/text-samples.js';

async function readAll(s: Readable): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const c of s) parts.push(c as Buffer);
  return Buffer.concat(parts);
}

describe('openZip', () => {
  it('lists files, skips directories and reads entries', async () => {
    const zip = await openZip(bufferSource(buildZip([
      { name: 'dir/', data: Buffer.alloc(0), method: 0 },
      { name: 'dir/a.csv', data: Buffer.from('a,b\n1,2\n') },
      { name: 'b.txt', data: Buffer.from('stored'), method: 0 },
      { name: 'inner.zip', data: emptyZip(), method: 0 },
    ])));
    expect(zip.entries.map((e) => e.name)).toEqual(['dir/a.csv', 'b.txt', 'inner.zip']);
    expect(zip.directories).toBe(1);
    expect(zip.refused).toEqual([]);
    expect((await readAll(await zip.openEntry(zip.entries[0]!))).toString()).toBe('a,b\n1,2\n');
    expect((await readAll(await zip.openEntry(zip.entries[1]!))).toString()).toBe('stored');
    expect(zip.entries[2]?.looksLikeZip).toBe(true);
    expect(zip.entries[0]?.modified).toMatch(/^2025-01-01T/);
    zip.close();
  });

  it('refuses traversal, absolute, drive, UNC and NUL names, and encrypted entries, but keeps the rest', async () => {
    const zip = await openZip(bufferSource(buildZip([
      { name: '../evil.csv', data: Buffer.from('x') },
      { name: 'ok/../../evil2', data: Buffer.from('x') },
      { name: '/etc/passwd', data: Buffer.from('x') },
      { name: 'C:\\Windows\\x', data: Buffer.from('x') },
      { name: '\\\\server\\share\\x', data: Buffer.from('x') },
      { name: 'dir\\..\\x', data: Buffer.from('x') },
      { name: Buffer.from('nul\0.txt'), data: Buffer.from('x') },
      { name: 'secret.csv', data: Buffer.from('x'), encrypted: true, method: 0 },
      { name: 'good.csv', data: Buffer.from('fine') },
    ])));
    expect(zip.entries.map((e) => e.name)).toEqual(['good.csv']);
    expect(zip.refused.map((r) => r.reason)).toEqual([
      "entry name has a '..' segment (path traversal)",
      "entry name has a '..' segment (path traversal)",
      'entry name is an absolute path',
      'entry name has a drive letter',
      'entry name is a network (UNC) path',
      "entry name has a '..' segment (path traversal)",
      'entry name contains a NUL character',
      'entry is encrypted',
    ]);
  });

  it('refuses a highly compressible entry over the ratio limit (declared sizes)', async () => {
    const bomb = Buffer.alloc(20 * 1024 * 1024); // zeros deflate about 1000:1
    const zip = await openZip(bufferSource(buildZip([{ name: 'bomb.csv', data: bomb }, { name: 'ok.txt', data: Buffer.from('x') }])));
    expect(zip.entries.map((e) => e.name)).toEqual(['ok.txt']);
    expect(zip.refused[0]?.reason).toMatch(/compression ratio \d+:1 is above the limit of 200:1/);
  });

  it('stops an entry whose actual inflated size breaks the ratio even when its header lies', async () => {
    const bomb = Buffer.alloc(20 * 1024 * 1024);
    const zip = await openZip(bufferSource(buildZip([{ name: 'liar.csv', data: bomb, declaredSize: 1000 }])));
    expect(zip.entries).toHaveLength(1);
    await expect(readAll(await zip.openEntry(zip.entries[0]!))).rejects.toMatchObject({ name: 'ZipLimitError' });
    expect(zip.inflatedBytes).toBeLessThan(4 * 1024 * 1024);
  });

  it('enforces the total inflated budget on the bytes actually read', async () => {
    const data = noise(300 * 1024);
    const zip = await openZip(bufferSource(buildZip([1, 2, 3].map((i) => ({ name: `f${i}`, data, declaredSize: 10 })))), {
      maxTotalUncompressed: 500 * 1024,
    });
    await expect(readAll(await zip.openEntry(zip.entries[0]!))).rejects.toBeTruthy(); // yauzl: more bytes than declared
    const honest = await openZip(bufferSource(buildZip([1, 2, 3].map((i) => ({ name: `f${i}`, data })))), { maxTotalUncompressed: 700 * 1024 });
    expect(honest.entries).toHaveLength(2);
    expect(honest.refused[0]?.reason).toMatch(/inflate past the limit/);
  });

  it('refuses archives with too many entries and nesting deeper than allowed', async () => {
    const many = buildZip(Array.from({ length: 20 }, (_, i) => ({ name: `f${i}`, data: Buffer.from('x') })));
    await expect(openZip(bufferSource(many), { maxEntries: 10 })).rejects.toMatchObject({ name: 'ZipRefusedError' });
    const outer = await openZip(bufferSource(buildZip([{ name: 'a.zip', data: emptyZip() }])));
    const nested = outer.nestedLimits();
    expect(nested?.nesting).toBe(2);
    await expect(openZip(bufferSource(emptyZip()), { ...nested, nesting: 3 })).rejects.toMatchObject({ name: 'ZipRefusedError' });
  });

  it('opens an empty archive and refuses garbage as a whole', async () => {
    expect((await openZip(bufferSource(emptyZip()))).entries).toEqual([]);
    await expect(openZip(bufferSource(noise(1000)))).rejects.toMatchObject({ name: 'ZipRefusedError' });
    await expect(openZip(bufferSource(Buffer.alloc(0)))).rejects.toMatchObject({ name: 'ZipRefusedError' });
  });

  it('cancels an entry stream with an AbortError', async () => {
    const zip = await openZip(bufferSource(buildZip([{ name: 'n.bin', data: noise(4 << 20), method: 0 }])));
    const ac = new AbortController();
    const s = await zip.openEntry(zip.entries[0]!, ac.signal);
    ac.abort();
    await expect(readAll(s)).rejects.toMatchObject({ name: 'AbortError' });
  });
});
