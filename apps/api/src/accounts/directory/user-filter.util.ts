import { Filter } from 'ldapts';

/** LDAP_USER_FILTER with `{username}` replaced by the username escaped as an RFC 4515 assertion value. */
export function userFilterFor(params: { template: string; username: string }): string {
  return params.template.replaceAll('{username}', Filter.escape(params.username));
}
