import type { MessageKey } from '../../../core/i18n/messages.zh';
import type { ChatTurnFailure } from '../data-access/chat-turn.model';

const BY_CODE: Readonly<Record<string, MessageKey>> = {
  SHUTTING_DOWN: 'chat.failure.restarting',
  // HAProxy's own answer (deploy/haproxy/medlocal.cfg) when no API instance took the request.
  MEDLOCAL_UNREACHABLE: 'chat.failure.unreachable',
  QUEUE_FULL: 'chat.failure.busy',
  CALLER_QUEUE_FULL: 'chat.failure.busy',
  QUEUE_TIMEOUT: 'chat.failure.busy',
  AUDIT_UNAVAILABLE: 'chat.failure.audit',
  PROMPT_TOO_LONG: 'chat.failure.tooLong',
  MESSAGE_TOO_LONG: 'chat.failure.tooLong',
  CONTEXT_TOO_SMALL: 'chat.failure.tooLong',
  MODEL_FILE_INVALID: 'chat.failure.model',
  MODEL_LOAD_FAILED: 'chat.failure.model',
  ENGINE_CLOSED: 'chat.failure.model',
  GENERATION_FAILED: 'chat.failure.model',
  REMOTE_UNAVAILABLE: 'chat.failure.model',
  REMOTE_PROTOCOL: 'chat.failure.model',
  CONVERSATION_BUSY: 'chat.failure.conversationBusy',
  CONVERSATION_LIMIT: 'chat.failure.conversationLimit',
};

/** What failed, in the clinician's words: by the server's error code where it sent one, else by how it failed. */
export function describeFailure({ failure }: { failure: ChatTurnFailure }): { key: MessageKey; params: Record<string, string | number> } {
  if (failure.kind === 'broken') return { key: 'chat.error.broken', params: {} };
  const byCode = failure.code ? BY_CODE[failure.code] : undefined;
  if (byCode) return { key: byCode, params: { status: failure.status } };
  if (failure.kind === 'request' && failure.status === 404) return { key: 'chat.error.expired', params: {} };
  if (failure.kind === 'request' && failure.status === 0) return { key: 'chat.error.broken', params: {} };
  return { key: failure.kind === 'server' ? 'chat.error.server' : 'chat.error.request', params: { status: failure.status } };
}
