import type { ApiCaller } from '../common/access/api-caller';

/**
 * Who a `/v1` call counts against in the inference queue's fairness. An admin-issued key is one
 * caller whatever its `user` field says (a hospital system cannot spread itself over many names);
 * a service key (another MedLocal, the remote engine) passes its own end user in `user`, so a
 * central inference node shares its sequences between the clinicians behind it.
 */
export function apiCallerId({ caller, user }: { caller: ApiCaller | undefined; user: string | undefined }): string {
  if (caller?.kind === 'key') return `api-key:${caller.keyId}`;
  const service = `service-key:${caller?.kind === 'service' ? caller.keyIndex : 'unknown'}`;
  return user ? `${service}:${user}` : service;
}
