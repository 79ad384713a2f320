// What every domain's handlers are built from. One name for it, so that the handler files do not each
// repeat what the core object behind them is.
import type { Method, ParsedRequest, Response } from '../../../../shared/api/contract';
import type { Workbench } from '../../core/workbench';

export type HandlerDeps = Workbench;

/** The full table the dispatcher calls: one async function per contract method. */
export type Handlers = { [M in Method]: (req: ParsedRequest<M>) => Promise<Response<M>> };
