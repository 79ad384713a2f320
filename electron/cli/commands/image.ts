import fs from 'node:fs';
import { createHash } from 'node:crypto';
import { defineCommand } from '../args';
import { vaultOptions, withUnlocked } from '../session';
import { writeRedactedImage } from '../../node/core/image-export';

export const imageRedact = defineCommand({
  name: ['image', 'redact'],
  summary: 'Write a redacted copy of an image evidence item: every identifier covered by an opaque box, no metadata.',
  options: {
    ...vaultOptions,
    case: { type: 'string', value: 'ID', description: 'Case id.', required: true },
    evidence: { type: 'string', value: 'EID', description: 'Evidence id of an image.', required: true },
    out: { type: 'string', value: 'FILE.png', description: 'PNG file to write.', required: true },
  },
  async run({ values, env, err }) {
    const png = await withUnlocked(values, env, (wb) => writeRedactedImage(wb, values.case!, values.evidence!), true);
    fs.writeFileSync(values.out!, png);
    err(`Redacted image written to ${values.out} (SHA-256 ${createHash('sha256').update(png).digest('hex')}).\n`);
    return 0;
  },
});
