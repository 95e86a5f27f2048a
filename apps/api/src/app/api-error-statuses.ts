import { API_KEY_ERROR_STATUS } from '../accounts/api-keys/api-key.errors';
import { USER_IMPORT_ERROR_STATUS } from '../accounts/users/import/user-import.errors';
import { BATCH_ERROR_STATUS } from '../batches/batch.errors';
import { CHAT_ERROR_STATUS_TABLES } from '../chat/chat-error-statuses';
import { joinErrorStatusTables } from '../common/errors';
import { OPENAI_ERROR_STATUS } from '../openai/openai.errors';

/**
 * Every module's code → status table, joined once: a code mapped two ways stops the API at start.
 * Chat's tables cover chat and the modules below it; batches and /v1 sit beside chat, and so do the
 * codes of API keys and the bulk user import, which no question can end with.
 */
export const API_ERROR_STATUSES = joinErrorStatusTables({
  ...CHAT_ERROR_STATUS_TABLES,
  apiKeys: API_KEY_ERROR_STATUS,
  userImport: USER_IMPORT_ERROR_STATUS,
  batches: BATCH_ERROR_STATUS,
  openai: OPENAI_ERROR_STATUS,
});

/** The HTTP status for a domain error code; undefined for a code no table lists (answered as a 500). */
export function statusForErrorCode(code: string): number | undefined {
  return API_ERROR_STATUSES.get(code);
}
