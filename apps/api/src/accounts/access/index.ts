export { Public, SignedIn, Roles, GlobalAdmin, ApiKeyAccess, CurrentUser, ROUTE_ACCESS, type RouteAccess } from './access.decorators';
export { AccessGuard, type GuardedRequest } from './access.guard';
export { canManageUser, type ManagedUser } from './can-manage-user.util';
export { SERVER_OPERATOR, isServerOperator } from './server-operator';
export { collectRouteAccess, type RouteAccessEntry } from './route-access.util';
export type { Principal, SessionRestriction } from '../common/principal';
export type { Role } from '../common/roles';
export { ROLES } from '../common/roles';
export { ApiKeyService, type ApiCaller } from '../api-keys/api-key.service';
