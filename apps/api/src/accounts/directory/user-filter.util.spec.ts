import { FilterParser } from 'ldapts';
import { isSafeDirectoryUsername } from './directory-username.util';
import { userFilterFor } from './user-filter.util';

const TEMPLATE = '(&(objectClass=person)(uid={username}))';

describe(userFilterFor.name, () => {
  it.each([
    ['*', '(&(objectClass=person)(uid=\\2a))'],
    [')(uid=*', '(&(objectClass=person)(uid=\\29\\28uid=\\2a))'],
    ['\\00', '(&(objectClass=person)(uid=\\5c00))'],
    ['a\u0000b', '(&(objectClass=person)(uid=a\\00b))'],
  ])('escapes %j per RFC 4515 so it stays one equality value', (username, expected) => {
    const filter = userFilterFor({ template: TEMPLATE, username });
    expect(filter).toBe(expected);
    // Parsed back: still an AND of exactly two assertions, uid equal to the literal text.
    const parsed = FilterParser.parseString(filter) as unknown as { filters: { attribute?: string; value?: unknown }[] };
    expect(parsed.filters).toHaveLength(2);
    expect(String(parsed.filters[1].value)).toBe(username);
  });

  it('fills every {username} of an Active Directory filter', () => {
    expect(userFilterFor({ template: '(|(sAMAccountName={username})(userPrincipalName={username}))', username: 'li.na' })).toBe(
      '(|(sAMAccountName=li.na)(userPrincipalName=li.na))',
    );
  });
});

describe(isSafeDirectoryUsername.name, () => {
  it.each(['li.na', 'LiNa', 'zhang_wei-2', 'li.na@hospital.local', 'a'])('accepts %j', (username) => {
    expect(isSafeDirectoryUsername(username)).toBe(true);
  });

  it.each(['*', ')(uid=*', '\\00', 'a\u0000b', 'li na', '(uid=x)', '.hidden', 'a'.repeat(33), '', 'li,na', 'li=na', 'ли.на'])('refuses %j', (username) => {
    expect(isSafeDirectoryUsername(username)).toBe(false);
  });
});
