import { canonicalJson, computeAuditEventHash } from './audit-chain-hash.util';
import type { HashableAuditEvent } from './audit-chain-hash.util';

describe(canonicalJson.name, () => {
  it('sorts keys at every depth and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, 1], c: null } })).toBe('{"a":{"c":null,"d":[3,1]},"b":1}');
  });
});

describe(computeAuditEventHash.name, () => {
  const event: HashableAuditEvent = {
    id: 7,
    occurredAt: new Date('2026-11-28T08:00:00.000Z'),
    actor: {
      userId: 'u-1',
      username: null,
      role: 'clinician',
      department: 'cardiology',
    },
    action: 'chat.message',
    outcome: 'success',
    requestId: null,
    clientAddress: null,
    inputHmac: null,
    hmacKeyId: null,
    summary: { tokensIn: 3, conceptCodes: ['icd11:BA41'] },
    prevHash: '0'.repeat(64),
  };

  it('does not depend on the order in which summary keys were written', () => {
    const reordered = {
      ...event,
      summary: { conceptCodes: ['icd11:BA41'], tokensIn: 3 },
    };
    expect(computeAuditEventHash(reordered)).toBe(computeAuditEventHash(event));
  });

  it.each([
    ['id', { id: 8 }],
    ['time', { occurredAt: new Date('2026-11-28T08:00:00.001Z') }],
    ['outcome', { outcome: 'failure' as const }],
    ['department', { actor: { ...event.actor, department: 'nephrology' } }],
    ['summary', { summary: { tokensIn: 4, conceptCodes: ['icd11:BA41'] } }],
    ['link', { prevHash: '1'.repeat(64) }],
  ])('changes when the %s changes', (_field, change) => {
    expect(computeAuditEventHash({ ...event, ...change })).not.toBe(computeAuditEventHash(event));
  });
});

describe('canonical audit JSON', () => {
  it('equals the generic canonical form of the same fields', async () => {
    const { canonicalAuditJson } = await import('./audit-chain-hash.util');
    const event: HashableAuditEvent = {
      id: 12,
      occurredAt: new Date('2026-11-28T08:00:00.000Z'),
      actor: {
        userId: 'u-1',
        username: '王医生',
        role: null,
        department: '心内科',
      },
      action: 'chat.message',
      outcome: 'cancelled',
      requestId: 'r"1',
      clientAddress: '::1',
      inputHmac: 'ab'.repeat(32),
      hmacKeyId: 'k1',
      summary: { tokensOut: 2, entityCounts: { lab: 1, age: 1 } },
      prevHash: 'f'.repeat(64),
    };
    const generic = canonicalJson({
      ...event,
      id: '12',
      occurredAt: event.occurredAt.toISOString(),
    });
    expect(canonicalAuditJson(event)).toBe(generic);
  });
});
