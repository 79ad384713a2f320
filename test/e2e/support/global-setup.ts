// Optional vitest globalSetup for the e2e suite (test files also build on demand via ensureRendererBuilt).
import { ensureRendererBuilt } from './build-renderer';

export default async function setup(): Promise<void> {
  await ensureRendererBuilt();
}
