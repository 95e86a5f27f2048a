import { egressRefusals } from '../../src/privacy/egress-guard';

/**
 * Every API test file runs with the egress guard of the apps it boots; at the end of each file no
 * outbound attempt may have been refused — MedLocal's own code paths never reach off the allowlist.
 * The guard's own spec refuses connections on purpose and says so.
 */
export const EXPECTS_EGRESS_REFUSALS = Symbol.for('medlocal.expectsEgressRefusals');

afterAll(() => {
  if ((globalThis as Record<symbol, unknown>)[EXPECTS_EGRESS_REFUSALS]) return;
  expect(egressRefusals().map((refusal) => `${refusal.kind} ${refusal.destination}`)).toEqual([]);
});
