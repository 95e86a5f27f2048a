export {
  Public,
  SignedIn,
  Roles,
  GlobalAdmin,
  ApiKeyAccess,
  AcceptsApiKey,
  ACCEPTED_API_KEY_SCOPE,
  CurrentUser,
  ROUTE_ACCESS,
  type RouteAccess,
} from './access.decorators';
export { collectRouteAccess, type RouteAccessEntry } from './route-access.util';
export { isGlobalAdmin, type Principal, type RequestContext, type SessionRestriction } from './principal';
export { requestContextOf } from './request-context.util';
export { ROLES, type AdminScope, type Role, type UserStatus } from './roles';
export type { ApiCaller } from './api-caller';
