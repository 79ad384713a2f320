// A progress bar on stderr for long imports: bytes, records, rate and time left. Drawn in place on a
// terminal; on a pipe, one line every few seconds so logs stay readable.
import type { ImportProgress } from '../node/ingest/importer';
import { formatBytes, groupIndian } from '../../shared/format';

export { formatBytes };

function formatEta(s: number | null): string {
  if (s === null || !Number.isFinite(s)) return '--:--';
  const m = Math.floor(s / 60);
  return `${String(m).padStart(2, '0')}:${String(Math.floor(s % 60)).padStart(2, '0')}`;
}

export function progressLine(p: ImportProgress, width = 24): string {
  const frac = p.bytesTotal > 0 ? Math.min(1, p.bytesDone / p.bytesTotal) : 0;
  const filled = Math.round(frac * width);
  const bar = '#'.repeat(filled) + '-'.repeat(width - filled);
  return `[${bar}] ${(frac * 100).toFixed(0).padStart(3)}%  ${formatBytes(p.bytesDone)}/${formatBytes(p.bytesTotal)}  ${groupIndian(p.records)} records  ${formatBytes(p.bytesPerSecond)}/s  ETA ${formatEta(p.etaSeconds)}  (${p.fileIndex + 1}/${p.fileCount})`;
}

export function progressReporter(stream: NodeJS.WriteStream): { update: (p: ImportProgress) => void; end: () => void } {
  const tty = stream.isTTY === true;
  let last = 0;
  let drawn = false;
  return {
    update(p) {
      const now = Date.now();
      if (!tty && now - last < 5000) return;
      last = now;
      if (tty) {
        stream.write(`\r${progressLine(p)}\x1b[K`);
        drawn = true;
      } else stream.write(progressLine(p) + '\n');
    },
    end() {
      if (drawn) stream.write('\n');
    },
  };
}
