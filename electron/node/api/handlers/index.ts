// The full handler table, composed from one part per domain. The return type makes the compiler check that
// every contract method is there; test/node/api/handlers.test.ts checks that no two parts claim the same one.
// Keep this a plain spread: a new domain is one import and one line.
import type { HandlerDeps, Handlers } from './deps';
import { vaultHandlers } from './vault';
import { caseHandlers } from './cases';
import { evidenceHandlers } from './evidence';
import { custodyHandlers } from './custody';
import { analysisHandlers } from './analysis';
import { reportHandlers } from './reports';
import { examinerHandlers } from './examiner';
import { jobHandlers } from './jobs';
import { searchHandlers } from './search';
import { cliCustodyHandlers } from './cli-custody';
import { transferHandlers } from './transfer';
import { exportHandlers } from './export';
import { recordsHandlers } from './records';
import { reportFieldHandlers } from './report-fields';
import { reportWorkspaceHandlers } from './report-workspace';
import { handoverHandlers } from './handover';
import { telegramHandlers } from './telegram';
import { redactedExportHandlers } from './redacted-export';
import { reportItemsHandlers } from './report-items';

export type { HandlerDeps, Handlers } from './deps';

export function createHandlers(s: HandlerDeps): Handlers {
  return {
    ...vaultHandlers(s),
    ...caseHandlers(s),
    ...evidenceHandlers(s),
    ...custodyHandlers(s),
    ...analysisHandlers(s),
    ...reportHandlers(s),
    ...examinerHandlers(s),
    ...jobHandlers(s),
    ...searchHandlers(s),
    ...cliCustodyHandlers(s),
    ...transferHandlers(s),
    ...exportHandlers(s),
    ...recordsHandlers(s),
    ...reportFieldHandlers(s),
    ...reportWorkspaceHandlers(s),
    ...handoverHandlers(s),
    ...telegramHandlers(s),
    ...redactedExportHandlers(s),
    ...reportItemsHandlers(s),
  };
}
