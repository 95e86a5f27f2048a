import { DomainError, type ErrorStatusTable } from '../common/errors';

export enum ChatErrorCode {
  MessageTooLong = 'MESSAGE_TOO_LONG',
  ConversationNotFound = 'CONVERSATION_NOT_FOUND',
  ConversationLimit = 'CONVERSATION_LIMIT',
  ConversationBusy = 'CONVERSATION_BUSY',
}

export const CHAT_ERROR_STATUS = {
  [ChatErrorCode.MessageTooLong]: 413,
  [ChatErrorCode.ConversationNotFound]: 404,
  [ChatErrorCode.ConversationLimit]: 429,
  [ChatErrorCode.ConversationBusy]: 409,
} as const satisfies ErrorStatusTable<ChatErrorCode>;

export class ChatError extends DomainError<ChatErrorCode> {}
