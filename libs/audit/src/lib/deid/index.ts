export { createDeidentifier, deidentify, countFindingsByType, DEFAULT_MIN_SCORE, DEFAULT_PATTERN_SCORE } from './deidentifier';
export type { Deidentifier } from './deidentifier';
export { PHI_TYPES } from './deid.types';
export type { PhiType, DeidFinding, DeidResult, DeidOptions, DeidExtraPattern } from './deid.types';
export { DEFAULT_PLACEHOLDERS } from './deid-placeholders';
export { DeidConfigError, DeidErrorCode } from './deid.error';
export { isValidResidentId18, isValidResidentId15, passesLuhn } from './check-digits.util';
