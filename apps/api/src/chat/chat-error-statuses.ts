import { ACCOUNTS_ERROR_STATUS } from '../accounts/accounts.errors';
import { AUDIT_ERROR_STATUS } from '../audit/audit.errors';
import { COMMON_ERROR_STATUS, joinErrorStatusTables } from '../common/errors';
import { DRAIN_ERROR_STATUS } from '../drain/drain.errors';
import { INFERENCE_ERROR_STATUS } from '../inference/inference-error-statuses';
import { METRICS_ERROR_STATUS } from '../metrics/metrics.errors';
import { PROMPTING_ERROR_STATUS } from '../prompts/prompting-error-statuses';
import { PROMPTS_ERROR_STATUS } from '../prompts/prompts.errors';
import { TERMS_ERROR_STATUS } from '../terms/terms.errors';
import { CHAT_ERROR_STATUS } from './chat.errors';

/**
 * The code → status tables of chat and of every module it depends on: every code a question can be
 * refused or fail with. The API's table (`app/api-error-statuses`) is these plus the modules above
 * chat, so chat answers each code as the error filter does without importing the app.
 */
export const CHAT_ERROR_STATUS_TABLES = {
  common: COMMON_ERROR_STATUS,
  accounts: ACCOUNTS_ERROR_STATUS,
  audit: AUDIT_ERROR_STATUS,
  chat: CHAT_ERROR_STATUS,
  drain: DRAIN_ERROR_STATUS,
  inference: INFERENCE_ERROR_STATUS,
  metrics: METRICS_ERROR_STATUS,
  prompts: PROMPTS_ERROR_STATUS,
  prompting: PROMPTING_ERROR_STATUS,
  terms: TERMS_ERROR_STATUS,
} as const;

const CHAT_ERROR_STATUSES = joinErrorStatusTables(CHAT_ERROR_STATUS_TABLES);

/** The HTTP status for a code a question ended with; undefined for a code no table lists (a 500). */
export function statusForErrorCode(code: string): number | undefined {
  return CHAT_ERROR_STATUSES.get(code);
}
