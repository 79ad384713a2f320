// Text that reaches a terminal. Evidence names, cell values, case titles and notes come from leak samples
// and from other people: a file name in a ZIP can carry ESC sequences (OSC 52 writes the clipboard,
// CSI 2J clears the screen, OSC 8 plants links), C1 controls (U+009B is a one-byte CSI on some
// terminals), or bidi overrides that make `invoice\u202Efdp.exe` read as `invoiceexe.pdf`. The CLI shows
// every such character as a visible `\uXXXX` escape instead.
//
// One escape form for all of them: `\uXXXX` is what JSON.stringify itself writes for C0 controls, and
// inside a JSON string it means the same character, so `--json` output run through this module still
// parses to exactly the original values (JSON.stringify leaves DEL, C1 and bidi characters raw).
// Backslashes are left alone: a name that literally contains `\u001b` prints the same as one holding ESC;
// `--json` tells them apart (`\\u001b` vs `\u001b`).

// C0 (but tab and line feed, handled per function), DEL, C1, every Unicode format character (Cf: bidi
// marks, embeddings, overrides and isolates, invisible operators, BOM, interlinear annotation, tags), line
// and paragraph separators, and lone surrogates. ZWNJ/ZWJ (U+200C/U+200D) are Cf but stay: Devanagari
// and other Indian scripts need them to shape conjuncts, and they move or hide nothing.
const UNSAFE_IN_TEXT = /(?![\u200c\u200d])[\u0000-\u0008\u000b-\u001f\u007f-\u009f\p{Cf}\u2028\u2029]|\p{Cs}/gu;
const UNSAFE_IN_VALUE = /(?![\u200c\u200d])[\u0000-\u001f\u007f-\u009f\p{Cf}\u2028\u2029]|\p{Cs}/gu;

function escapeChar(c: string): string {
  let out = '';
  // Astral format characters (tags, U+1D173…) become their UTF-16 pair, which JSON also reads back.
  for (let i = 0; i < c.length; i++) out += `\\u${c.charCodeAt(i).toString(16).padStart(4, '0')}`;
  return out;
}

/**
 * A single value (name, cell, title) for one field of a line: every control and format character is
 * escaped, tab and newline included, so a value can neither fake another column or line nor talk to
 * the terminal.
 */
export function terminalValue(value: unknown): string {
  const s = value === null || value === undefined ? '' : String(value);
  return s.replace(UNSAFE_IN_VALUE, escapeChar);
}

/**
 * Whole output text (what the CLI writes to stdout/stderr): as `terminalValue`, but tab and line feed
 * keep their meaning as the output's own layout. Applied to everything the CLI prints, so a value that
 * some printing path forgot to pass through `terminalValue` still cannot reach the terminal raw.
 */
export function terminalText(text: string): string {
  return text.replace(UNSAFE_IN_TEXT, escapeChar);
}
