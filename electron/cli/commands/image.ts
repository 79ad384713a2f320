import { createHash } from 'node:crypto';
import { defineCommand, UsageError } from '../args';
import { vaultOptions, withUnlocked } from '../session';
import { writeRedactedImage } from '../../node/evidence/image-export';
import { intOption } from './evidence';
import { writePrivateFile } from '../../node/private-files';

export const imageRedact = defineCommand({
  name: ['image', 'redact'],
  summary: 'Write a redacted copy of an image evidence item, or of a scanned PDF page: every identifier covered by an opaque box, no metadata.',
  options: {
    ...vaultOptions,
    case: { type: 'string', value: 'ID', description: 'Case id.', required: true },
    evidence: { type: 'string', value: 'EID', description: 'Evidence id of an image or a scanned PDF.', required: true },
    page: { type: 'string', value: 'N', description: 'For a scanned PDF: the page (default: the first page with a scanned image).' },
    image: { type: 'string', value: 'K', description: 'For a PDF page with several scanned images: which one, from 1 (default 1).' },
    out: { type: 'string', value: 'FILE.png', description: 'PNG file to write.', required: true },
  },
  async run({ values, env, err }) {
    const page = values.page === undefined ? undefined : intOption(values.page, 'page', 1);
    const image = values.image === undefined ? undefined : intOption(values.image, 'image', 1);
    if (page === 0) throw new UsageError('--page counts from 1.');
    if (image === 0) throw new UsageError('--image counts from 1.');
    if (image !== undefined && page === undefined) throw new UsageError('--image needs --page.');
    const at = { page, image: image === undefined ? undefined : image - 1 };
    const png = await withUnlocked(values, env, (wb) => writeRedactedImage(wb, values.case!, values.evidence!, at), true);
    writePrivateFile(values.out!, png);
    const where = page === undefined ? '' : ` (page ${page}${image === undefined ? '' : `, image ${image}`})`;
    err(`Redacted image${where} written to ${values.out} (SHA-256 ${createHash('sha256').update(png).digest('hex')}).\n`);
    return 0;
  },
});
