import { loadCommonPasswords } from './common-passwords.util';
import { checkPasswordPolicy, describePasswordProblems, type PasswordPolicy } from './password-policy.util';

describe(checkPasswordPolicy.name, () => {
  const policy: PasswordPolicy = { minLength: 12, minClasses: 3, commonPasswords: loadCommonPasswords() };
  const sut = (password: string, username = 'zhang.wei') => checkPasswordPolicy({ password, username, policy });

  it('accepts a long password mixing three classes', () => {
    expect(sut('Ward-round-at-seven')).toEqual([]);
    expect(sut('lower-and-digits-2024')).toEqual([]);
  });

  it.each([
    ['Short-1!', 'too_short'],
    ['onlylowercaseletters', 'too_few_classes'],
    ['lowercase-and-symbols', 'too_few_classes'],
    ['Zhang.Wei-2026!', 'contains_username'],
    ['Password@2024', 'common'],
    ['Woaini1314!@#$', 'common'],
    ['!!Qq123456789', 'common'],
  ])('refuses %s (%s)', (password, problem) => {
    expect(sut(password)).toContain(problem);
  });

  it('counts characters, not UTF-16 units, towards the length', () => {
    expect(sut('医院-Ward-12')).toContain('too_short');
  });

  it('compares common passwords without regard to case', () => {
    expect(sut('ADMIN@123456', 'someone')).toContain('common');
  });

  it('says what is wrong in words', () => {
    expect(describePasswordProblems(['too_short', 'reused'], policy)).toBe(
      'Password rejected: at least 12 characters; must not be one of the recent passwords',
    );
  });
});

describe(loadCommonPasswords.name, () => {
  it('ships about a thousand entries, Chinese patterns included', () => {
    const sut = loadCommonPasswords();
    expect(sut.size).toBeGreaterThan(1000);
    for (const password of ['123456', 'password', 'woaini1314', 'a123456', 'qq123456', '5201314', 'p@ssw0rd']) {
      expect(sut.has(password)).toBe(true);
    }
    expect([...sut].some((entry) => entry.startsWith('#'))).toBe(false);
  });
});
