import { validateAuditSummary } from './audit-summary.util';
import { AuditSummaryRejected } from './audit-store.errors';

describe(validateAuditSummary.name, () => {
  const sut = validateAuditSummary;

  it('accepts codes, counts, numbers and booleans from the whitelist', () => {
    const summary = {
      sectionsPresent: ['definition', 'mechanism', 'differential', 'recommendation'],
      conceptCodes: ['icd11:BA41', 'icd10:I21.9', 'snomed:22298006'],
      entityCounts: { age: 1, lab: 3 },
      deidFindingCounts: { PHONE: 1, ID_CARD: 0 },
      tokensIn: 812,
      tokensOut: 1_204,
      latencyMs: 4_512.7,
      modelFileHash: 'sha256:9f2c',
      templateVersion: 3,
      finishReason: 'stop',
      strictMode: true,
    };
    expect(sut(summary)).toEqual(summary);
    expect(sut(undefined)).toEqual({});
  });

  it.each([
    ['a key outside the whitelist', { question: 'chest-pain' }],
    ['a sentence in a code field', { finishReason: 'patient reports chest pain' }],
    ['Chinese free text', { errorCode: '患者胸痛三天' }],
    ['a code longer than 128', { modelFileHash: 'a'.repeat(129) }],
    ['text inside a code array', { conceptCodes: ['icd11:BA41', 'pain in the chest'] }],
    ['a string where a number belongs', { tokensIn: '812' }],
    ['a fractional count', { entityCounts: { lab: 1.5 } }],
    ['a text key inside a count map', { entityCounts: { 'Zhang San': 1 } }],
    ['a nested object', { targetId: { name: 'x' } }],
    ['a non-finite number', { latencyMs: Number.NaN }],
  ])('rejects %s', (_label, summary) => {
    expect(() => sut(summary)).toThrow(AuditSummaryRejected);
  });

  it('never echoes the rejected value in its message', () => {
    try {
      sut({ finishReason: 'Zhang San 13800138000' });
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message).not.toContain('Zhang');
      expect((error as Error).message).not.toContain('13800138000');
    }
  });
});
