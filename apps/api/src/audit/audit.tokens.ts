export const AUDIT_TRAIL = Symbol('AUDIT_TRAIL');
export const AUDIT_HMAC = Symbol('AUDIT_HMAC');
export const AUDIT_ANCHOR = Symbol('AUDIT_ANCHOR');
export const AUDIT_SPOOL = Symbol('AUDIT_SPOOL');
