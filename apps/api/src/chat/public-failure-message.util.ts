import { InferenceErrorCode, isInferenceError } from '@medlocal/inference';
import { PromptingError, PromptingErrorCode } from '@medlocal/prompting';
import { DomainError } from '../common/errors';

const UNEXPECTED_MESSAGE = 'The answer could not be completed';

/**
 * What a clinician is told when a question fails. Domain and inference errors are written for them, except that an
 * unreachable inference tier's message names its internal address (kept for the log; the cause, such as no response
 * within a time, stays); a question too long for the context says
 * so with its sizes; anything unexpected says only that the answer could not be completed.
 */
export function publicFailureMessage(error: unknown): string {
  if (isInferenceError(error)) return error.code === InferenceErrorCode.RemoteUnavailable ? remoteUnavailableMessage(error.message) : error.message;
  if (error instanceof PromptingError && error.code === PromptingErrorCode.ContextTooSmall) return contextTooSmallMessage(error.details);
  if (error instanceof DomainError) return error.message;
  return UNEXPECTED_MESSAGE;
}

function contextTooSmallMessage(details: Readonly<Record<string, unknown>>): string {
  const needed = Number(details['systemTokens']) + Number(details['questionTokens']);
  const left = Number(details['limit']);
  if (!Number.isFinite(needed) || !Number.isFinite(left)) return 'The question is too long for the model. Shorten the question.';
  return `The question is too long for the model: with the patient profile it needs ${needed} tokens and ${left} are left after the room kept for the answer. Shorten the question.`;
}

/** "remote http://10.0.2.10:8000/v1 unreachable: TimeoutError: no response within 150000 ms" without the address. */
function remoteUnavailableMessage(message: string): string {
  const cause = message
    .replace(/^remote\s+\S+\s+(?:unreachable:?\s*)?/, '')
    .replace(/https?:\/\/\S+/g, '[address]')
    // fetch's own words for a refused or reset connection.
    .replace(/^TypeError: fetch failed$/, 'no connection');
  return `The inference service cannot be reached (${cause}): ask again in a moment`;
}
