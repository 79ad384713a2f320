// Locates the shared public corpora (../shared/corpora from the repo root); tests skip when it is absent.
import { existsSync } from 'node:fs';
import path from 'node:path';

export const repoRoot = path.resolve(import.meta.dirname, '../../../..');
export const corporaDir = path.resolve(repoRoot, '../shared/corpora');
export const haveCorpora = existsSync(path.join(corporaDir, 'README.md'));
export const corporaSkipMessage = `public corpora not found at ${corporaDir}; corpus tests skipped`;

export function corpus(...parts: string[]): string {
  return path.join(corporaDir, ...parts);
}

/** A describe() title that says why it is skipped when it is (skipIf itself carries no reason). */
export function needsCorpora(title: string): string {
  return haveCorpora ? title : `${title} [skipped: ${corporaSkipMessage}]`;
}
