import { DomainError, type ErrorStatusTable } from '../common/errors';

export enum ChatErrorCode {
  MessageTooLong = 'MESSAGE_TOO_LONG',
  ConversationNotFound = 'CONVERSATION_NOT_FOUND',
  ConversationLimit = 'CONVERSATION_LIMIT',
  ConversationBusy = 'CONVERSATION_BUSY',
  TurnNotFound = 'TURN_NOT_FOUND',
  ProfileFactNotFound = 'PROFILE_FACT_NOT_FOUND',
  ProfileFactNotCorrectable = 'PROFILE_FACT_NOT_CORRECTABLE',
  ProfileValueInvalid = 'PROFILE_VALUE_INVALID',
  SeedFactUnstated = 'SEED_FACT_UNSTATED',
}

export const CHAT_ERROR_STATUS = {
  [ChatErrorCode.MessageTooLong]: 413,
  [ChatErrorCode.ConversationNotFound]: 404,
  [ChatErrorCode.ConversationLimit]: 429,
  [ChatErrorCode.ConversationBusy]: 409,
  [ChatErrorCode.TurnNotFound]: 404,
  [ChatErrorCode.ProfileFactNotFound]: 404,
  [ChatErrorCode.ProfileFactNotCorrectable]: 422,
  [ChatErrorCode.ProfileValueInvalid]: 422,
  [ChatErrorCode.SeedFactUnstated]: 422,
} as const satisfies ErrorStatusTable<ChatErrorCode>;

export class ChatError extends DomainError<ChatErrorCode> {}
