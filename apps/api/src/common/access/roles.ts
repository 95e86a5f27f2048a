// One definition for the API and the console: the wire contract.
export { ROLES, type AdminScope, type Role, type UserStatus } from '@medlocal/contracts';
