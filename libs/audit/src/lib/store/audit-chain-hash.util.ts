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
  // Keys written in sorted order by hand: verification hashes a million events, so this path avoids generic sorting.
  const actor = event.actor;
  return (
    `{"action":${str(event.action)}` +
    `,"actor":{"department":${str(actor.department)},"role":${str(actor.role)},"userId":${str(actor.userId)},"username":${str(actor.username)}}` +
    `,"clientAddress":${str(event.clientAddress)},"hmacKeyId":${str(event.hmacKeyId)},"id":"${event.id}"` +
    `,"inputHmac":${str(event.inputHmac)},"occurredAt":"${event.occurredAt.toISOString()}","outcome":${str(event.outcome)}` +
    `,"prevHash":${str(event.prevHash)},"requestId":${str(event.requestId)},"summary":${canonicalJson(event.summary)}}`
  );
}

/** JSON with object keys sorted by code point at every depth; arrays keep their order; undefined members dropped. */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) {
    let out = '[';
    for (let index = 0; index < value.length; index += 1) out += (index ? ',' : '') + canonicalJson(value[index]);
    return `${out}]`;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  let out = '{';
  let first = true;
  for (const key of keys) {
    const member = record[key];
    if (member === undefined) continue;
    out += `${first ? '' : ','}${JSON.stringify(key)}:${canonicalJson(member)}`;
    first = false;
  }
  return `${out}}`;
}

function str(value: string | null | undefined): string {
  return value === null || value === undefined ? 'null' : JSON.stringify(value);
}
