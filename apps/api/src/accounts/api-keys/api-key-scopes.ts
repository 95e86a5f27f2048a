import type { ApiKeyScope } from '@medlocal/contracts';

export const API_KEY_SCOPES: readonly ApiKeyScope[] = ['inference', 'batches'];

/** What each scope may call, as named in a refusal: a script's author reads this, not the console. */
export const API_KEY_SCOPE_ROUTES: Readonly<Record<ApiKeyScope, string>> = {
  inference: 'the OpenAI-compatible /v1 API',
  batches: 'the research batch endpoints (/api/batches)',
};
