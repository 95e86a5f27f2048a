import type { CallerGroup } from '@medlocal/inference';
import type { ApiCaller } from './api-caller';

const API_KEY_CALLER_PREFIX = 'api-key:';

/**
 * Who a `/v1` call counts against in the inference queue's fairness. An admin-issued key is one
 * caller whatever its `user` field says (a hospital system cannot spread itself over many names);
 * a service key (another MedLocal, the remote engine) passes its own end user in `user`, so a
 * central inference node shares its sequences between the clinicians behind it.
 */
export function apiCallerId({ caller, user }: { caller: ApiCaller | undefined; user: string | undefined }): string {
  if (caller?.kind === 'key') return `${API_KEY_CALLER_PREFIX}${caller.keyId}`;
  const service = `service-key:${caller?.kind === 'service' ? caller.keyIndex : 'unknown'}`;
  return user ? `${service}:${user}` : service;
}

/**
 * All admin-issued keys together: hospital systems share `maxRunning` sequences between them, so
 * however many keys call at once, the rest stay free for clinicians (service keys are clinicians'
 * own questions relayed by another MedLocal, so they are not in it).
 */
export function apiKeyCallerGroup(maxRunning: number): CallerGroup {
  return { name: 'api-keys', includes: (callerId) => callerId.startsWith(API_KEY_CALLER_PREFIX), maxRunning };
}
