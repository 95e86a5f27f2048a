import { randomBytes } from 'node:crypto';
import { configurationProblems } from '../../src/config/testing/configuration-problems';
import { secretWeakness } from '../../src/config/secret-strength.util';

/** Issue 13 item 12: production refuses secrets an attacker can guess, naming the variable. */
const problemsFor = (env: Record<string, string>): string[] => configurationProblems(env, { MEDLOCAL_MODE: 'production' });

const strong = () => randomBytes(32).toString('hex');

describe('production secrets', () => {
  it.each([
    ['JWT_SECRET', 'x'.repeat(32)],
    ['JWT_SECRET', 'abcdefghijklmnopqrstuvwxyz012345'],
    ['JWT_SECRET', 'a-test-jwt-secret-of-at-least-32-characters!'],
    ['JWT_SECRET', 'Medlocal2026!Medlocal2026!Medlocal2026!'],
    ['AUDIT_HMAC_KEY', '0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef'],
    ['AUDIT_HMAC_KEY', 'abababababababababababababababababababab'],
    ['TOTP_ENCRYPTION_KEY', '0'.repeat(64)],
    ['TOTP_ENCRYPTION_KEY', 'deadbeef'.repeat(8)],
    ['BATCH_WORK_KEY', 'f'.repeat(64)],
    ['MEDLOCAL_API_KEYS', 'service-key-for-admin-tests-0123456789'],
    ['METRICS_TOKEN', 'change-me-change-me-change-me'],
    ['METRICS_TOKEN', 'zzzzzzzzzzzzzzzzzzzzzzzzzzzz'],
  ])('refuses %s=%s with one line naming the variable and hiding the value', (name, value) => {
    const problems = problemsFor({ [name]: value });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^Invalid configuration: ${name} .*too easy to guess`));
    expect(problems[0]).toContain('(value hidden)');
    expect(problems[0]).not.toContain(value);
  });

  it('names which of several API keys is weak', () => {
    const problems = problemsFor({ MEDLOCAL_API_KEYS: `${strong()},${'k'.repeat(30)}` });
    expect(problems).toEqual([expect.stringMatching(/^Invalid configuration: MEDLOCAL_API_KEYS key 2 of 2 /)]);
  });

  it('accepts keys made the way the README says (openssl rand -hex 32 / -base64 32) and the shortest random API keys', () => {
    expect(
      problemsFor({
        JWT_SECRET: strong(),
        AUDIT_HMAC_KEY: randomBytes(32).toString('base64'),
        TOTP_ENCRYPTION_KEY: strong(),
        BATCH_WORK_KEY: strong(),
        METRICS_TOKEN: randomBytes(18).toString('base64url'),
        MEDLOCAL_API_KEYS: `${randomBytes(12).toString('hex')},${randomBytes(18).toString('base64url')}`,
      }),
    ).toEqual([]);
  });

  it('never refuses what demo mode generates or openssl makes (10,000 random keys of each kind)', () => {
    const kinds = [
      () => randomBytes(32).toString('hex'),
      () => randomBytes(32).toString('base64'),
      () => randomBytes(12).toString('hex'),
      () => randomBytes(16).toString('hex'),
    ];
    for (const make of kinds) {
      for (let i = 0; i < 10_000; i += 1) {
        const value = make();
        expect(secretWeakness({ value }), value).toBeUndefined();
      }
    }
  });

  // A 44-character base64 key holds "admin" in some mix of cases about once in 800,000 keys: the 10,000-key check above
  // failed on one in a CI run. A placeholder word counts as people write it (lower case, upper case, capitalised), and
  // the five-letter one only as a word of its own.
  it.each([
    '0mNV8drUPXXlADMInNut9TgjIWmnQWfe1qqx56+Xd/4=',
    'q7Zt0+R3xPaDmINw5Kc/Yb8LhVf2uNs9EoJg1TyXl6M=',
    'Jk3v9TqWzadminLp0sX7r2YcBnF5uH8gEoRi4KmVd1A=',
    'p0R8sTvWx3yZ4aBcSeCrEt9dEfGh2iJk5LmNo6PqUw==',
  ])('accepts a random base64 key %s that holds a placeholder word in mixed case or inside other letters', (value) => {
    expect(secretWeakness({ value })).toBeUndefined();
  });

  it.each(['medlocal-admin-2026-q7Zt0R3xPaw5KcYb8Lh', 'Secret-key-for-the-ward-9f3a7c1e2b', 'k9-ADMIN-7f3e1c2a9b8d4e6f0a1b', 'MyPASSWORDis9f3a7c1e2b4d6f'])(
    'still refuses the hand-made %s',
    (value) => {
      expect(secretWeakness({ value })).toMatch(/contains the word/);
    },
  );

  it('refuses the same value for two secrets with one line naming both, never the value (re-test: JWT_SECRET = AUDIT_HMAC_KEY was accepted)', () => {
    const shared = strong();
    const problems = problemsFor({ JWT_SECRET: shared, AUDIT_HMAC_KEY: shared, TOTP_ENCRYPTION_KEY: strong(), BATCH_WORK_KEY: strong() });
    expect(problems).toEqual([expect.stringMatching(/^Invalid configuration: JWT_SECRET and AUDIT_HMAC_KEY have the same value/)]);
    expect(problems[0]).not.toContain(shared);
    const reused = randomBytes(18).toString('base64url');
    const again = problemsFor({ JWT_SECRET: strong(), METRICS_TOKEN: reused, MEDLOCAL_API_KEYS: `${strong()},${reused}` });
    expect(again).toEqual([expect.stringMatching(/^Invalid configuration: METRICS_TOKEN and MEDLOCAL_API_KEYS key 2 of 2 have the same value/)]);
    expect(again[0]).not.toContain(reused);
  });

  it('keeps demo mode free to use a hand-made secret', () => {
    expect(problemsFor({ MEDLOCAL_MODE: 'demo', JWT_SECRET: 'x'.repeat(32) })).toEqual([]);
  });
});
