// evidence.messages: a Telegram chat export as a conversation (electron/node/evidence/telegram-*.ts), logged as page views.
import type { ParsedRequest, Response } from '../../../../shared/api/contract';
import type { HandlerDeps } from './deps';
import { conversationPage } from '../../evidence/telegram-conversation';
import { conversationViewLog } from '../../evidence/telegram-views';

export const telegramHandlers = (wb: HandlerDeps) => ({
  'evidence.messages': async (r: ParsedRequest<'evidence.messages'>): Promise<Response<'evidence.messages'>> => {
    const { page, quoted } = await conversationPage(wb.vault, r.caseId, r.evidenceId, r.offset, r.limit, wb.redaction(r.caseId));
    if (page.messages.length > 0) {
      conversationViewLog(wb).note(r.caseId, r.evidenceId, page.table, r.offset, r.offset + page.messages.length, quoted);
    }
    return page;
  },
});
