import { hashPassword, verifyAgainstDummy, verifyPassword } from './password-hasher';

describe('password hashing', () => {
  it('uses argon2id and verifies only the right password', async () => {
    const sut = await hashPassword('Ward-round-at-seven');
    expect(sut).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(sut, 'Ward-round-at-seven')).toBe(true);
    expect(await verifyPassword(sut, 'ward-round-at-seven')).toBe(false);
    expect(await verifyPassword('not-a-hash', 'anything')).toBe(false);
  });

  it('spends a real verification on the dummy path', async () => {
    await verifyAgainstDummy('warm-up');
    const started = performance.now();
    await verifyAgainstDummy('whatever');
    expect(performance.now() - started).toBeGreaterThan(2);
  });
});
