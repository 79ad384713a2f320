import type { CommandSpec } from '../args';
import { caseList, caseNew, caseRename } from './case';
import { vaultCheck, vaultInit, vaultPasswd } from './vault';

export const commands: CommandSpec[] = [vaultInit, vaultCheck, vaultPasswd, caseNew, caseList, caseRename];
