// What every domain's handlers are built from: the core's services (electron/node/services/).
import type { Method, ParsedRequest, Response } from '../../../../shared/api/contract';
import type { Services } from '../../services';
import type { ReportService } from '../../services/reports';
import type { Vault } from '../../vault/vault';
import type { RedactionContext } from '../../evidence/evidence-view';
import type { CaseVerifyResult } from '../../custody/verify-case';
import type { ReportLang, ReportTemplate } from '../../../../shared/report';

/** What handlers written against the whole core reach beyond the services (the Workbench provides it). */
export interface CoreHost {
  readonly vault: Vault;
  readonly now: () => Date;
  readonly opts: {
    readonly vaultDir: string;
    readonly searchHold?: (signal: AbortSignal) => Promise<void>;
    readonly pickFolder?: (purpose?: 'reports' | 'handover' | 'export') => Promise<string | null>;
    readonly openPath?: (dir: string) => Promise<void>;
    readonly pickPackage?: () => Promise<string | null>;
  };
  reportDir(caseId: string): string;
  redaction(caseId: string): RedactionContext;
  flushViews(): void;
  onFlushViews(flush: () => void): void;
  verifyCase(caseId: string): CaseVerifyResult;
  generateReport(caseId: string, template: ReportTemplate, lang: ReportLang, outDir?: string, items?: readonly string[]): ReturnType<ReportService['generate']>;
}

export type HandlerDeps = Services & CoreHost;

/** The full table the dispatcher calls: one async function per contract method. */
export type Handlers = { [M in Method]: (req: ParsedRequest<M>) => Promise<Response<M>> };
