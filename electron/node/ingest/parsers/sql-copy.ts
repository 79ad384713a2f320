// PostgreSQL COPY text format: tab-separated fields, \N for NULL, backslash escapes.

const ESC: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\' };

function unescapeField(f: string): string | null {
  if (f === '\\N') return null;
  if (f.indexOf('\\') === -1) return f;
  let out = '';
  for (let i = 0; i < f.length; i++) {
    const c = f[i] as string;
    if (c !== '\\' || i + 1 >= f.length) {
      out += c;
      continue;
    }
    const e = f[++i] as string;
    if (e >= '0' && e <= '7') {
      const m = /^[0-7]{1,3}/.exec(f.slice(i)) as RegExpExecArray;
      out += String.fromCharCode(parseInt(m[0], 8));
      i += m[0].length - 1;
    } else if (e === 'x' && /^[0-9a-fA-F]/.test(f[i + 1] ?? '')) {
      const m = /^[0-9a-fA-F]{1,2}/.exec(f.slice(i + 1)) as RegExpExecArray;
      out += String.fromCharCode(parseInt(m[0], 16));
      i += m[0].length;
    } else out += ESC[e] ?? e;
  }
  return out;
}

export function splitCopyLine(line: string): (string | null)[] {
  return line.split('\t').map(unescapeField);
}
