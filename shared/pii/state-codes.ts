// Two-letter state / union-territory codes used on vehicle registrations and driving licences,
// including retired codes (OR, UA, DN, DD) that still appear on old documents.

const CODES =
  'AN AP AR AS BR CG CH DD DL DN GA GJ HP HR JH JK KA KL LA LD MH ML MN MP MZ NL OD OR PB PY RJ SK TN TR TS TG UK UA UP WB';

const SET = new Set(CODES.split(' ').map((c) => c.charCodeAt(0) * 256 + c.charCodeAt(1)));

/** Upper-case state code at s[off], s[off+1]. */
export function stateCodeAt(s: string, off: number): boolean {
  return SET.has(s.charCodeAt(off) * 256 + s.charCodeAt(off + 1));
}

export const STATE_CODES: readonly string[] = CODES.split(' ');
