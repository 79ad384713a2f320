import type { Workbench } from './workbench';
export declare function writeRedactedImage(wb: Workbench, caseId: string, evidenceId: string): Promise<Buffer>;
