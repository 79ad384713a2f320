// Column plans typed once from the head of a file before it is split (detect-file.ts), so that every range
// types its columns as a single-thread run of the whole file would.
import fs from 'node:fs';
import { createParser } from '../ingest/formats';
import type { StreamParser, TextEncoding } from '../ingest/parsers/types';
import { parseTelegram } from '../ingest/parsers/telegram';
import { parseText } from '../ingest/parsers/text';
import { TableDetector, type ColumnPlan, INFER_ROWS } from './table-detector';
import { TELEGRAM_CLOSE } from './detect-range';
import { readAt } from './split-layout';

/** Head bytes parsed first to type the columns; grown (×4, up to INFER_BYTES) while they hold too few records. */
const FIRST_INFER_BYTES = 256 << 10;
const INFER_BYTES = 4 << 20;

/**
 * Column plans from the file's first INFER_ROWS records, parsed exactly as the full parse will. Only as
 * much of the head is parsed as holds them: whole lines of a first slice, grown while it holds no record
 * after the INFER_ROWS-th (one that starts after them proves they are complete), so typing the columns
 * of a large file costs a few hundred kilobytes of parsing before the workers start, not megabytes.
 */
export async function inferPlans(file: string, size: number, format: 'csv' | 'tsv', encoding: TextEncoding | undefined, delimiter: string | undefined, signal: AbortSignal): Promise<Map<string, ColumnPlan[]> | null> {
  const fd = fs.openSync(file, 'r');
  try {
    for (let want = Math.min(size, FIRST_INFER_BYTES); ; want = Math.min(size, INFER_BYTES, want * 4)) {
      const head = readAt(fd, 0, want);
      // Whole lines only, so the last record is not a truncated one.
      const cut = head.lastIndexOf(0x0a);
      const whole = head.length >= size;
      const bytes = !whole && cut > 0 ? head.subarray(0, cut + 1) : head;
      let rows = 0;
      const collector = new TableDetector();
      const sink = {
        table: (n: string, c: string[]) => collector.table(n, c),
        row: (t: string, cells: (string | null)[], at: { line?: number }) => {
          if (rows++ < INFER_ROWS) collector.row(t, cells, at);
        },
        malformed: () => {},
        warning: () => {},
      };
      const parser = createParser(format, { encoding, delimiter }) as StreamParser;
      await parser.parse(once(bytes), sink, signal);
      const last = whole || want >= INFER_BYTES;
      if (rows > INFER_ROWS || (last && (whole || rows >= INFER_ROWS))) {
        collector.finish();
        return collector.allPlans();
      }
      // Fewer than INFER_ROWS records in the head of a larger file (very long records): a single-thread
      // run would type the columns from more rows, so do not split.
      if (last) return null;
    }
  } finally {
    fs.closeSync(fd);
  }
}

async function* once(b: Buffer): AsyncGenerator<Buffer> {
  yield b;
}

export interface HeadPlans {
  plans: Map<string, ColumnPlan[]>;
  keyNames: [string, string][];
}

/**
 * Column plans of a plain-text or Telegram file from its head, parsed by the whole-file parser into a
 * detector that types each table at its INFER_ROWS-th record, as a whole-file run does. Only whole records
 * are parsed (lines up to the last line feed; messages up to the last break between two, the array and
 * document then closed), grown while the main table holds fewer than INFER_ROWS. Null: do not split.
 */
export async function inferStreamPlans(file: string, size: number, format: 'text' | 'telegram', encoding: TextEncoding | undefined, messageBreak: Buffer | undefined, signal: AbortSignal): Promise<HeadPlans | null> {
  const main = format === 'text' ? 'lines' : 'messages';
  const fd = fs.openSync(file, 'r');
  try {
    for (let want = Math.min(size, FIRST_INFER_BYTES); ; want = Math.min(size, INFER_BYTES, want * 4)) {
      const head = readAt(fd, 0, want);
      const last = head.length >= size || want >= INFER_BYTES;
      let bytes: Buffer;
      if (format === 'text') {
        const cut = head.lastIndexOf(0x0a);
        bytes = cut > 0 ? head.subarray(0, cut + 1) : head;
      } else {
        const lead = Buffer.concat([Buffer.from('\n'), messageBreak!.subarray(3, messageBreak!.length - 1)]);
        let at = head.lastIndexOf(messageBreak!);
        while (at > 0 && !head.subarray(at - lead.length, at).equals(lead)) at = head.lastIndexOf(messageBreak!, at - 1);
        bytes = at > 0 ? Buffer.concat([head.subarray(0, at + 1), Buffer.from(TELEGRAM_CLOSE)]) : Buffer.alloc(0);
      }
      const rowsOf = new Map<string, number>();
      const det = new TableDetector();
      const sink = {
        table: (n: string, c: string[]) => det.table(n, c),
        row: (t: string, cells: (string | null)[], at: { line?: number }) => {
          rowsOf.set(t, (rowsOf.get(t) ?? 0) + 1);
          det.row(t, cells, at);
        },
        malformed: () => {},
        warning: () => {},
      };
      const keyNames = new Map<string, string>();
      const o = bytes.length === 0
        ? { status: 'unparsed' }
        : format === 'text'
          ? await parseText(once(bytes), sink, signal, { encoding })
          : await parseTelegram(once(bytes), sink, signal, {}, { keyNames, afterChunk: () => {} });
      if (o.status === 'parsed' && (rowsOf.get(main) ?? 0) >= INFER_ROWS) {
        // Only tables typed at their INFER_ROWS-th record: a smaller one (the chat's own row) is typed by
        // each range at its end, from its own records, as a whole-file run types it at the end of the file.
        const plans = new Map([...det.allPlans()].filter(([t]) => (rowsOf.get(t) ?? 0) >= INFER_ROWS));
        return { plans, keyNames: [...keyNames] };
      }
      if (last) return null;
    }
  } finally {
    fs.closeSync(fd);
  }
}
