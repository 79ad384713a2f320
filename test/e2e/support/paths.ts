// Where e2e tests find the built renderer, the browser, and where they write screenshots.
import fs from 'node:fs';
import path from 'node:path';

export const repoRoot = path.resolve(import.meta.dirname, '../../..');
export const rendererDist = path.join(repoRoot, 'dist/renderer');
export const screenshotDir = path.join(repoRoot, 'test-output/screenshots');

export const chromiumPath = process.env.SAKSHYA_CHROMIUM ?? '/usr/bin/chromium';
export const hasChromium = fs.existsSync(chromiumPath);

/** A describe() title that says why it is skipped when it is, since skipIf itself carries no reason. */
export function needsChromium(title: string): string {
  return hasChromium ? title : `${title} [skipped: ${chromiumPath} is not installed; apt-get install -y chromium]`;
}
