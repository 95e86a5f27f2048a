import { createHash } from 'node:crypto';
import type { RecordedAuditEvent } from './audit-event.model';

export type HashableAuditEvent = Omit<RecordedAuditEvent, 'hash'>;

/**
 * SHA-256 over a canonical JSON (keys sorted at every level, UTC ISO time, id as a decimal
 * string) of every stored field plus prevHash, so any edit of any column breaks the link.
 */
export function computeAuditEventHash(event: HashableAuditEvent): string {
  return createHash('sha256').update(canonicalAuditJson(event)).digest('hex');
}

export function canonicalAuditJson(event: HashableAuditEvent): string {
  return canonicalJson({
    action: event.action,
    actor: {
      department: event.actor.department,
      role: event.actor.role,
      userId: event.actor.userId,
      username: event.actor.username,
    },
    clientAddress: event.clientAddress,
    hmacKeyId: event.hmacKeyId,
    id: String(event.id),
    inputHmac: event.inputHmac,
    occurredAt: event.occurredAt.toISOString(),
    outcome: event.outcome,
    prevHash: event.prevHash,
    requestId: event.requestId,
    summary: event.summary,
  });
}

/** JSON with object keys sorted by code point at every depth; arrays keep their order. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item)).join(',')}]`;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`).join(',')}}`;
}
