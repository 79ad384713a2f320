// Delimiter and line-ending sniffing for delimited text, quote-aware, on the decoded head of a file.

export const CANDIDATE_DELIMITERS = [',', '\t', ';', '|'] as const;

export interface DelimiterGuess {
  delimiter: string;
  /** Share of sampled lines whose field count equals the most common one (0..1); 0 when no delimiter was seen. */
  consistency: number;
  /** The most common number of fields per line. */
  fields: number;
}

const MAX_LINES = 100;

export function sniffDelimiter(text: string): DelimiterGuess {
  const counts: number[][] = CANDIDATE_DELIMITERS.map(() => []);
  const current = CANDIDATE_DELIMITERS.map(() => 0);
  let inQuotes = false;
  let lines = 0;
  const endLine = (): void => {
    CANDIDATE_DELIMITERS.forEach((_, k) => {
      (counts[k] as number[]).push(current[k] as number);
      current[k] = 0;
    });
    lines++;
  };
  let lineHasContent = false;
  for (let i = 0; i < text.length && lines < MAX_LINES; i++) {
    const c = text[i];
    if (c === '"') {
      inQuotes = !inQuotes;
      lineHasContent = true;
    } else if (!inQuotes && (c === '\n' || c === '\r')) {
      if (c === '\r' && text[i + 1] === '\n') i++;
      if (lineHasContent) endLine();
      lineHasContent = false;
    } else {
      lineHasContent = true;
      if (!inQuotes) {
        const k = CANDIDATE_DELIMITERS.indexOf(c as (typeof CANDIDATE_DELIMITERS)[number]);
        if (k !== -1) current[k] = (current[k] as number) + 1;
      }
    }
  }
  // The last line may be cut by the head limit; count it only when it is the only one.
  if (lineHasContent && lines === 0) endLine();

  let best: DelimiterGuess = { delimiter: ',', consistency: 0, fields: 1 };
  CANDIDATE_DELIMITERS.forEach((d, k) => {
    const perLine = counts[k] as number[];
    if (perLine.length === 0) return;
    const freq = new Map<number, number>();
    for (const n of perLine) freq.set(n, (freq.get(n) ?? 0) + 1);
    let mode = 0;
    let modeCount = 0;
    for (const [n, f] of freq) if (n > 0 && (f > modeCount || (f === modeCount && n > mode))) [mode, modeCount] = [n, f];
    if (mode === 0) return;
    const consistency = modeCount / perLine.length;
    if (consistency > best.consistency || (consistency === best.consistency && mode + 1 > best.fields)) {
      best = { delimiter: d, consistency, fields: mode + 1 };
    }
  });
  return best;
}

export type Newline = '\r\n' | '\n' | '\r';

/** The line ending most used in the head (outside nothing: quotes are ignored, a majority vote is enough). */
export function sniffNewline(text: string): Newline {
  let crlf = 0;
  let lf = 0;
  let cr = 0;
  const n = Math.min(text.length, 65536);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) {
        crlf++;
        i++;
      } else cr++;
    } else if (c === 10) lf++;
  }
  if (crlf === 0 && lf === 0 && cr === 0) return '\n';
  if (crlf >= lf && crlf >= cr) return '\r\n';
  return lf >= cr ? '\n' : '\r';
}
