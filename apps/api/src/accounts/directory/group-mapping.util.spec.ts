import type { DirectoryGroupRule } from '../../config';
import { mapDirectoryGroups } from './group-mapping.util';

const rules: DirectoryGroupRule[] = [
  { group: 'cn=Cardiology,ou=Groups,dc=h,dc=test', roles: ['clinician'], department: 'CARD', adminScope: null },
  { group: 'cn=research,ou=groups,dc=h,dc=test', roles: ['researcher'], department: 'RES', adminScope: null },
  { group: 'MedLocal-Admins', roles: ['admin'], department: null, adminScope: 'global' },
  { group: 'MedLocal-Auditors', roles: ['auditor'], department: null, adminScope: null },
  { group: 'Ward-Admins', roles: ['admin'], department: 'WARD', adminScope: 'department' },
];

describe(mapDirectoryGroups.name, () => {
  it('matches a DN ignoring case and spaces, and a bare name against the CN', () => {
    expect(mapDirectoryGroups({ groupDns: ['CN=cardiology, OU=groups, DC=h, DC=test'], rules })).toEqual({
      kind: 'mapped',
      roles: ['clinician'],
      departmentCode: 'CARD',
      adminScope: null,
    });
    expect(
      mapDirectoryGroups({
        groupDns: ['cn=medlocal-admins,ou=Security Groups,dc=corp,dc=local'],
        rules,
        bareNamesUnder: 'ou=Security Groups,dc=corp,dc=local',
      }),
    ).toEqual({
      kind: 'mapped',
      roles: ['admin'],
      departmentCode: null,
      adminScope: 'global',
    });
  });

  it('joins the roles of every matching group; the first matching rule with a department decides it', () => {
    const sut = mapDirectoryGroups({ groupDns: ['cn=research,ou=groups,dc=h,dc=test', 'cn=cardiology,ou=groups,dc=h,dc=test'], rules });
    expect(sut).toEqual({ kind: 'mapped', roles: ['clinician', 'researcher'], departmentCode: 'CARD', adminScope: null });
  });

  it('gives a department admin scope only when no matching admin rule is global', () => {
    expect(mapDirectoryGroups({ groupDns: ['cn=ward-admins,ou=g'], rules, bareNamesUnder: 'ou=g' })).toMatchObject({
      roles: ['admin'],
      departmentCode: 'WARD',
      adminScope: 'department',
    });
    expect(mapDirectoryGroups({ groupDns: ['cn=ward-admins,ou=g', 'cn=medlocal-admins,ou=g'], rules, bareNamesUnder: 'ou=g' })).toMatchObject({
      adminScope: 'global',
    });
  });

  it('refuses no mapped group, a group of the same name elsewhere in a DN, and admin with auditor', () => {
    expect(mapDirectoryGroups({ groupDns: [], rules })).toEqual({ kind: 'none' });
    expect(mapDirectoryGroups({ groupDns: ['cn=it-staff,ou=groups', 'ou=medlocal-admins,dc=h'], rules })).toEqual({ kind: 'none' });
    expect(mapDirectoryGroups({ groupDns: ['cn=cardiology,ou=other,dc=h,dc=test'], rules })).toEqual({ kind: 'none' });
    expect(mapDirectoryGroups({ groupDns: ['cn=medlocal-admins,ou=g', 'cn=medlocal-auditors,ou=g'], rules, bareNamesUnder: 'ou=g' })).toEqual({
      kind: 'conflict',
    });
    expect(mapDirectoryGroups({ groupDns: ['medlocal-admins', 'medlocal-auditors'], rules })).toEqual({ kind: 'conflict' });
  });

  it('matches an OpenID Connect groups claim (plain names, no DN) against bare names only', () => {
    expect(mapDirectoryGroups({ groupDns: ['MEDLOCAL-ADMINS'], rules })).toEqual({
      kind: 'mapped',
      roles: ['admin'],
      departmentCode: null,
      adminScope: 'global',
    });
    // A plain value never matches a rule written as a DN, even when it equals that DN's CN.
    expect(mapDirectoryGroups({ groupDns: ['cardiology'], rules })).toEqual({ kind: 'none' });
    expect(mapDirectoryGroups({ groupDns: ['/medlocal-admins'], rules })).toEqual({ kind: 'none' });
  });

  it('never maps an OpenID Connect claim shaped like a DN by its CN: a same-named group in any other OU grants nothing', () => {
    // An IdP that passes directory DNs through (an LDAP memberOf mapper) would otherwise let whoever can make a group
    // called MedLocal-Admins anywhere in the directory become a MedLocal admin.
    expect(mapDirectoryGroups({ groupDns: ['cn=MedLocal-Admins,ou=evil,dc=h,dc=test'], rules })).toEqual({ kind: 'none' });
    expect(mapDirectoryGroups({ groupDns: ['CN=ward-admins, OU=Anywhere'], rules })).toEqual({ kind: 'none' });
    // A DN rule still matches the same DN in the claim.
    expect(mapDirectoryGroups({ groupDns: ['cn=cardiology,ou=groups,dc=h,dc=test'], rules })).toMatchObject({ kind: 'mapped', roles: ['clinician'] });
  });

  it('matches a bare name of a directory group only under the group search base', () => {
    const clinicians: DirectoryGroupRule[] = [{ group: 'MedLocal-ICU', roles: ['clinician'], department: 'ICU', adminScope: null }];
    const sut = (groupDns: string[]) => mapDirectoryGroups({ groupDns, rules: clinicians, bareNamesUnder: 'OU=Groups, DC=h,DC=test' });
    expect(sut(['cn=MedLocal-ICU,ou=groups,dc=h,dc=test'])).toMatchObject({ kind: 'mapped', roles: ['clinician'] });
    expect(sut(['cn=medlocal-icu,ou=ward,ou=groups,dc=h,dc=test'])).toMatchObject({ kind: 'mapped' });
    expect(sut(['cn=MedLocal-ICU,ou=cardio-it,dc=h,dc=test'])).toEqual({ kind: 'none' });
    expect(sut(['cn=MedLocal-ICU,ou=groups,dc=h,dc=test,dc=evil'])).toEqual({ kind: 'none' });
    expect(sut(['cn=MedLocal-ICU,ou=xgroups,dc=h,dc=test'])).toEqual({ kind: 'none' });
    // A plain value is no directory group: with a base it matches nothing.
    expect(sut(['MedLocal-ICU'])).toEqual({ kind: 'none' });
  });
});
