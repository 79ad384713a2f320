import fs from 'node:fs';
import { defineCommand } from '../args';
import { jsonOption } from '../session';
import { scanText, maskValue } from '../../../shared/pii';
import { scanFile } from '../../node/pii/scan-file';
import { SakshyaError } from '../../../shared/api/errors';
import { terminalValue as tv } from '../../../shared/format/terminal';

const nf = new Intl.NumberFormat('en-IN');

export const detectCmd = defineCommand({
  name: ['detect'],
  summary: 'Find Indian personal identifiers in text read from stdin (offsets and scores, never the values).',
  details: 'With --json: one JSON object per finding per line, {"type","start","end","score","validated"}; offsets in UTF-16 code units of the whole input. validated is false for a labelled value whose check failed (it is still personal data and is masked).',
  options: { ...jsonOption },
  async run({ values, out }) {
    const text = fs.readFileSync(0, 'utf8');
    const findings = scanText(text);
    for (const f of findings) {
      if (values.json) out(JSON.stringify({ type: f.type, start: f.start, end: f.end, score: Math.round(f.score * 1000) / 1000, validated: f.validated }) + '\n');
      else out(`${f.type}\t${f.start}-${f.end}\tscore ${f.score.toFixed(2)}${f.validated ? '\tvalidated' : ''}\t${tv(maskValue(f.type, text.slice(f.start, f.end)))}\n`);
    }
    return 0;
  },
});

export const scanCmd = defineCommand({
  name: ['scan'],
  summary: 'Parse a file as import would, without a vault, and count the personal data in it per type (redacted examples only).',
  positionals: { name: 'FILE', required: true, description: 'The file to scan.' },
  options: { ...jsonOption },
  async run({ values, positionals, out, err }) {
    const file = positionals[0]!;
    if (!fs.existsSync(file)) throw new SakshyaError('NOT_FOUND', `No such file: ${file}`);
    const r = await scanFile(file);
    if (values.json) {
      out(JSON.stringify({ format: r.format, records: r.records, malformed: r.malformed, status: r.status, ...(r.reason ? { reason: r.reason } : {}), types: r.types }) + '\n');
      return 0;
    }
    out(`${file}: ${r.format}, ${nf.format(r.records)} records${r.malformed ? `, ${nf.format(r.malformed)} malformed` : ''}\n`);
    if (r.reason) err(`  ${tv(r.reason)}\n`);
    const types = Object.entries(r.types);
    if (types.length === 0) out('  No personal data found.\n');
    for (const [type, c] of types) out(`  ${type.padEnd(24)} ${nf.format(c.valid).padStart(10)} valid ${nf.format(c.invalid).padStart(8)} failed checks   columns: ${c.columns.map(tv).join(', ')}${c.examples.length ? `   e.g. ${c.examples.map(tv).join(', ')}` : ''}\n`);
    return 0;
  },
});
