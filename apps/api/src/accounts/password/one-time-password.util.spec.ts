import { loadCommonPasswords } from './common-passwords.util';
import { generateOneTimePassword } from './one-time-password.util';
import { checkPasswordPolicy } from './password-policy.util';

describe(generateOneTimePassword.name, () => {
  it('always satisfies the default policy and never repeats', () => {
    const policy = { minLength: 12, minClasses: 4, commonPasswords: loadCommonPasswords() };
    const seen = new Set<string>();
    for (let i = 0; i < 200; i += 1) {
      const sut = generateOneTimePassword();
      expect(sut).toHaveLength(16);
      expect(checkPasswordPolicy({ password: sut, username: 'admin', policy })).toEqual([]);
      seen.add(sut);
    }
    expect(seen.size).toBe(200);
  });
});
