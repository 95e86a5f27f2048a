import { ACCOUNTS_ERROR_STATUS } from '../accounts/accounts.errors';
import { AUDIT_ERROR_STATUS } from '../audit/audit.errors';
import { BATCH_ERROR_STATUS } from '../batches/batch.errors';
import { CHAT_ERROR_STATUS } from '../chat/chat.errors';
import { COMMON_ERROR_STATUS, joinErrorStatusTables } from '../common/errors';
import { INFERENCE_ERROR_STATUS } from '../inference/inference-error-statuses';
import { METRICS_ERROR_STATUS } from '../metrics/metrics.errors';
import { OPENAI_ERROR_STATUS } from '../openai/openai.errors';
import { PROMPTS_ERROR_STATUS } from '../prompts/prompts.errors';
import { TERMS_ERROR_STATUS } from '../terms/terms.errors';

/** Every module's code → status table, joined once: a code mapped two ways stops the API at start. */
export const API_ERROR_STATUSES = joinErrorStatusTables({
  common: COMMON_ERROR_STATUS,
  accounts: ACCOUNTS_ERROR_STATUS,
  audit: AUDIT_ERROR_STATUS,
  batches: BATCH_ERROR_STATUS,
  chat: CHAT_ERROR_STATUS,
  inference: INFERENCE_ERROR_STATUS,
  metrics: METRICS_ERROR_STATUS,
  openai: OPENAI_ERROR_STATUS,
  prompts: PROMPTS_ERROR_STATUS,
  terms: TERMS_ERROR_STATUS,
});

/** The HTTP status for a domain error code; undefined for a code no table lists (answered as a 500). */
export function statusForErrorCode(code: string): number | undefined {
  return API_ERROR_STATUSES.get(code);
}
