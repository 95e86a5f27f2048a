import { randomBytes } from 'node:crypto';

/**
 * A request id unique across API instances and restarts: UUIDv7 (RFC 9562), 48 bits of Unix
 * milliseconds then 74 random bits, so ids from instances sharing one audit database never collide
 * and still sort roughly by time. Replaces pino-http's per-process counter.
 */
export function newRequestId(now: number = Date.now()): string {
  const bytes = randomBytes(16);
  bytes.writeUIntBE(now, 0, 6);
  bytes[6] = 0x70 | (bytes[6] & 0x0f);
  bytes[8] = 0x80 | (bytes[8] & 0x3f);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
