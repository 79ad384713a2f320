// What report and export code needs from the running core: the unlocked vault, the clock, and how a case's
// values are redacted. A small interface instead of the whole core object (the vault session provides it).
import type { Vault } from '../vault/vault';
import type { RedactionContext } from '../evidence/evidence-view';

export interface ReportContext {
  readonly vault: Vault;
  readonly now: () => Date;
  redaction(caseId: string): RedactionContext;
}
