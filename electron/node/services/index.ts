// The core's services, one job each. Hosts (Electron, the browser-test bridge, the CLI) reach them through
// the handler table (electron/node/api/handlers/); electron/node/core/workbench.ts builds them.
import type { JobRegistry } from './jobs';
import type { VaultSession } from './vault-session';
import type { CaseService } from './cases';
import type { EvidenceService } from './evidence';
import type { CustodyService } from './custody';
import type { AnalysisService } from './analysis';
import type { ReportService } from './reports';
import type { ExaminerService } from './examiner';
import type { ViewLog } from './view-log';

export interface Services {
  readonly session: VaultSession;
  readonly jobs: JobRegistry;
  readonly views: ViewLog;
  readonly cases: CaseService;
  readonly evidence: EvidenceService;
  readonly custody: CustodyService;
  readonly analysis: AnalysisService;
  readonly reports: ReportService;
  readonly examiner: ExaminerService;
}
