/**
 * Who called a `/v1` route with a key, as the access guard resolved it: an admin-issued key acts for a
 * department, a MEDLOCAL_API_KEYS entry for the service. No person is named.
 */
export type ApiCaller =
  | { readonly kind: 'key'; readonly keyId: string; readonly departmentId: string; readonly departmentCode: string }
  | { readonly kind: 'service'; readonly keyIndex: number };
