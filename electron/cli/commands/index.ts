import type { Command } from '../args';
import { caseList, caseNew, caseRename } from './case';
import { vaultCheck, vaultInit, vaultPasswd, vaultRekey } from './vault';
import { detectCmd, scanCmd } from './pii';
import { caseExport, caseReceive, examinerTrust, examinerTrusted } from './transfer';
import { imageRedact } from './image';
import { analyzeCmd, claimCmd, exportCmd, reportCmd, verifyReportCmd } from './analysis-report';
import { evidenceList, importCmd, revealCmd, rowsCmd } from './evidence';
import { searchCmd } from './search';
import { custodyCheckProof, custodyExport, custodyLog, custodyProve, examinerKey, noteAdd, tagAdd, verifyCmd } from './custody';

export const commands: Command[] = [vaultInit, vaultCheck, vaultPasswd, vaultRekey, caseNew, caseList, caseRename, importCmd, evidenceList, rowsCmd, searchCmd, revealCmd, noteAdd, tagAdd, custodyLog, verifyCmd, custodyProve, custodyCheckProof, custodyExport, examinerKey, examinerTrust, examinerTrusted, detectCmd, scanCmd, caseExport, caseReceive, imageRedact, analyzeCmd, claimCmd, reportCmd, verifyReportCmd, exportCmd];
