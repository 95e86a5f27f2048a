import { AuditSummaryRejected } from './audit-store.errors';

export type AuditCode = string;
export type AuditCountMap = Readonly<Record<string, number>>;

/**
 * What an audit event may say about a question or an administrative act: codes, counts, hashes and
 * timings only. Every key is listed with its type, so patient text has nowhere to hide.
 */
export interface AuditSummary {
  readonly sectionsPresent?: readonly AuditCode[];
  readonly conceptCodes?: readonly AuditCode[];
  readonly entityCounts?: AuditCountMap;
  readonly deidFindingCounts?: AuditCountMap;
  readonly lintCounts?: AuditCountMap;
  readonly tokensIn?: number;
  readonly tokensOut?: number;
  readonly contextTokens?: number;
  readonly latencyMs?: number;
  readonly firstTokenMs?: number;
  readonly modelName?: AuditCode;
  readonly modelFileHash?: AuditCode;
  readonly templateName?: AuditCode;
  readonly templateVersion?: AuditCode | number;
  /** The template a question's prompt was built from: its name, or `name@DEPT` for a department's override. */
  readonly templateId?: AuditCode;
  readonly templateLanguage?: AuditCode;
  /** A prompt template revert: the version whose text the new version copies. */
  readonly revertedFromVersion?: number;
  readonly finishReason?: AuditCode;
  readonly strictMode?: boolean;
  readonly streamed?: boolean;
  readonly demoModel?: boolean;
  readonly errorCode?: AuditCode;
  readonly reasonCode?: AuditCode;
  readonly httpStatus?: number;
  readonly conversationId?: AuditCode;
  /** The answered turn (1-based) an event is about: the one rated, or the one a regenerated or edited question replaces. */
  readonly turn?: number;
  readonly replacesTurn?: number;
  /** An answer's rating (`useful` / `not-useful`) and the reason codes given with it. */
  readonly rating?: AuditCode;
  readonly reasonCodes?: readonly AuditCode[];
  /** A clinician's edit of the patient profile: which kind of fact (`age`, `lab` …) and `correct` or `remove`; never the value. */
  readonly factKind?: AuditCode;
  readonly editOperation?: AuditCode;
  /** A conversation continued from the console's copy: how many earlier turns it holds, how many of their answers did not fit the context, and the profile facts by kind. */
  readonly seedTurns?: number;
  readonly seedAnswersDropped?: number;
  readonly seedFactCounts?: AuditCountMap;
  readonly targetUserId?: AuditCode;
  readonly targetDepartment?: AuditCode;
  readonly targetId?: AuditCode;
  readonly targetType?: AuditCode;
  readonly changedFields?: readonly AuditCode[];
  readonly rolesBefore?: readonly AuditCode[];
  readonly rolesAfter?: readonly AuditCode[];
  readonly apiKeyId?: AuditCode;
  readonly exportFormat?: AuditCode;
  readonly eventCount?: number;
  readonly documentCount?: number;
  readonly batchId?: AuditCode;
  readonly purgedThroughId?: number;
  readonly partitionsDropped?: number;
  readonly retentionDays?: number;
  readonly verifyOk?: boolean;
  readonly verifyChecked?: number;
  /** Journal entry an event was replayed from after an outage (`<journal>:<seq>`): replays are never doubled. */
  readonly spoolEntry?: AuditCode;
}

type ValueKind = 'code' | 'number' | 'boolean' | 'codeArray' | 'countMap' | 'codeOrNumber';

const SUMMARY_SCHEMA: Readonly<Record<keyof AuditSummary, ValueKind>> = {
  sectionsPresent: 'codeArray',
  conceptCodes: 'codeArray',
  entityCounts: 'countMap',
  deidFindingCounts: 'countMap',
  lintCounts: 'countMap',
  tokensIn: 'number',
  tokensOut: 'number',
  contextTokens: 'number',
  latencyMs: 'number',
  firstTokenMs: 'number',
  modelName: 'code',
  modelFileHash: 'code',
  templateName: 'code',
  templateVersion: 'codeOrNumber',
  templateId: 'code',
  templateLanguage: 'code',
  revertedFromVersion: 'number',
  finishReason: 'code',
  strictMode: 'boolean',
  streamed: 'boolean',
  demoModel: 'boolean',
  errorCode: 'code',
  reasonCode: 'code',
  httpStatus: 'number',
  conversationId: 'code',
  turn: 'number',
  replacesTurn: 'number',
  rating: 'code',
  reasonCodes: 'codeArray',
  factKind: 'code',
  editOperation: 'code',
  seedTurns: 'number',
  seedAnswersDropped: 'number',
  seedFactCounts: 'countMap',
  targetUserId: 'code',
  targetDepartment: 'code',
  targetId: 'code',
  targetType: 'code',
  changedFields: 'codeArray',
  rolesBefore: 'codeArray',
  rolesAfter: 'codeArray',
  apiKeyId: 'code',
  exportFormat: 'code',
  eventCount: 'number',
  documentCount: 'number',
  batchId: 'code',
  purgedThroughId: 'number',
  partitionsDropped: 'number',
  retentionDays: 'number',
  verifyOk: 'boolean',
  verifyChecked: 'number',
  spoolEntry: 'code',
};

/** Identifiers, codes and hashes: no spaces, so no sentence fits. */
export const AUDIT_CODE_PATTERN = /^[A-Za-z0-9._:/@-]{0,128}$/;
const MAX_ARRAY_LENGTH = 256;
const MAX_COUNT_KEYS = 64;

/** Returns a copy holding only whitelisted keys with values of their declared type; throws `AuditSummaryRejected` otherwise. */
export function validateAuditSummary(summary: unknown): AuditSummary {
  if (summary === undefined || summary === null) return {};
  if (!isPlainObject(summary)) throw new AuditSummaryRejected('summary', 'must be an object');
  const accepted: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(summary)) {
    if (value === undefined) continue;
    if (!Object.prototype.hasOwnProperty.call(SUMMARY_SCHEMA, key)) {
      throw new AuditSummaryRejected(`summary.${safeKey(key)}`, 'key is not on the audit summary whitelist');
    }
    accepted[key] = checkValue(`summary.${key}`, SUMMARY_SCHEMA[key as keyof AuditSummary], value);
  }
  return accepted as AuditSummary;
}

function checkValue(path: string, kind: ValueKind, value: unknown): unknown {
  switch (kind) {
    case 'code':
      return checkCode(path, value);
    case 'number':
      return checkNumber(path, value);
    case 'boolean':
      if (typeof value !== 'boolean') throw new AuditSummaryRejected(path, 'must be a boolean');
      return value;
    case 'codeOrNumber':
      return typeof value === 'number' ? checkNumber(path, value) : checkCode(path, value);
    case 'codeArray':
      if (!Array.isArray(value) || value.length > MAX_ARRAY_LENGTH) {
        throw new AuditSummaryRejected(path, `must be an array of at most ${MAX_ARRAY_LENGTH} codes`);
      }
      return value.map((item, index) => checkCode(`${path}[${index}]`, item));
    case 'countMap':
      return checkCountMap(path, value);
  }
}

function checkCode(path: string, value: unknown): string {
  if (typeof value !== 'string' || !AUDIT_CODE_PATTERN.test(value)) {
    throw new AuditSummaryRejected(path, 'must be a code (letters, digits and ._:/@- only, at most 128)');
  }
  return value;
}

function checkNumber(path: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new AuditSummaryRejected(path, 'must be a finite number');
  return value;
}

function checkCountMap(path: string, value: unknown): Record<string, number> {
  if (!isPlainObject(value)) throw new AuditSummaryRejected(path, 'must be an object of counts');
  const entries = Object.entries(value);
  if (entries.length > MAX_COUNT_KEYS) throw new AuditSummaryRejected(path, `at most ${MAX_COUNT_KEYS} keys`);
  const counts: Record<string, number> = {};
  for (const [key, count] of entries) {
    if (!AUDIT_CODE_PATTERN.test(key) || key.length === 0) {
      throw new AuditSummaryRejected(`${path}.${safeKey(key)}`, 'count keys must be codes');
    }
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) {
      throw new AuditSummaryRejected(`${path}.${key}`, 'counts must be non-negative integers');
    }
    counts[key] = count;
  }
  return counts;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

/** A rejected key may itself be text; only echo it when it looks like a code. */
function safeKey(key: string): string {
  return AUDIT_CODE_PATTERN.test(key) ? key : '<non-code key>';
}
