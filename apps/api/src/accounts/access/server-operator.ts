import type { Principal } from '../../common/access/principal';

/** A symbol, not a field: nothing read from a token, a request body or the database can carry it. */
const SERVER_OPERATOR_MARK = Symbol('medlocal.server-operator');

const NIL_UUID = '00000000-0000-0000-0000-000000000000';

/**
 * The person at the server's console running `npm run admin -- …` (the admin CLI), acting with global
 * admin rights and, beyond them, over auditor accounts: under separation of duties (三员分立) no
 * admin of the application manages auditors, so their accounts are created, reset and unlocked only
 * from the server. Audit events name it `admin-cli`. No HTTP route can act as it.
 */
export const SERVER_OPERATOR: Principal = Object.freeze({
  userId: NIL_UUID,
  username: 'admin-cli',
  roles: ['admin'],
  departmentId: null,
  departmentCode: null,
  adminScope: 'global',
  sessionId: NIL_UUID,
  restriction: null,
  [SERVER_OPERATOR_MARK]: true,
} as Principal);

export function isServerOperator(actor: object): boolean {
  return (actor as { [SERVER_OPERATOR_MARK]?: boolean })[SERVER_OPERATOR_MARK] === true;
}
