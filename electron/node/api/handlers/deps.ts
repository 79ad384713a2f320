// What every domain's handlers are built from: the core's services (electron/node/services/).
import type { Method, ParsedRequest, Response } from '../../../../shared/api/contract';
import type { Services } from '../../services';

export type HandlerDeps = Services;

/** The full table the dispatcher calls: one async function per contract method. */
export type Handlers = { [M in Method]: (req: ParsedRequest<M>) => Promise<Response<M>> };
