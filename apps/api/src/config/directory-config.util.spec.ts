import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadEnvironment, toAppConfig } from './index';
import { configurationProblems, writeClinicianGroupMapping } from './testing/configuration-problems';

let folder: string;
let mappingFile: string;

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'medlocal-directory-config-'));
  mappingFile = await writeClinicianGroupMapping(folder, 'cn=cardiology,ou=groups,dc=h,dc=test');
});

function directoryEnv(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    MEDLOCAL_MODE: 'demo',
    LDAP_URL: 'ldaps://10.1.2.3:636',
    LDAP_BIND_DN: 'cn=medlocal,ou=services,dc=h,dc=test',
    LDAP_BIND_PASSWORD: 'service-password',
    LDAP_SEARCH_BASE: 'ou=people,dc=h,dc=test',
    LDAP_GROUP_MAPPING_FILE: mappingFile,
    ...overrides,
  };
}

const problemsFor = (env: Record<string, string>): string[] => configurationProblems(env);

describe('directory configuration', () => {
  it('refuses a bare group name for admin or auditor, and a bare name without an explicit LDAP_GROUP_SEARCH_BASE', async () => {
    const bare = path.join(folder, 'bare.json');
    await writeFile(
      bare,
      JSON.stringify({
        groups: [
          { group: 'MedLocal-Clinicians', roles: ['clinician'] },
          { group: 'MedLocal-Admins', roles: ['admin'], adminScope: 'global' },
          { group: 'MedLocal-Auditors', roles: ['auditor'] },
          { group: 'cn=medlocal-admins,ou=groups,dc=h,dc=test', roles: ['admin'] },
        ],
      }),
    );
    expect(problemsFor(directoryEnv({ LDAP_GROUP_MAPPING_FILE: bare }))).toEqual([
      `Invalid configuration: LDAP_GROUP_MAPPING_FILE=${bare} entry 2 grants admin by the bare name "MedLocal-Admins"; admin and auditor are mapped by the group's full DN only (cn=…,ou=…,dc=…), so a group of the same name elsewhere cannot grant them`,
      `Invalid configuration: LDAP_GROUP_MAPPING_FILE=${bare} entry 3 grants auditor by the bare name "MedLocal-Auditors"; admin and auditor are mapped by the group's full DN only (cn=…,ou=…,dc=…), so a group of the same name elsewhere cannot grant them`,
      `Invalid configuration: LDAP_GROUP_SEARCH_BASE must be set when LDAP_GROUP_MAPPING_FILE=${bare} names a group by bare name: a bare name matches only groups under it`,
    ]);
    const clinicians = path.join(folder, 'bare-clinicians.json');
    await writeFile(clinicians, JSON.stringify({ groups: [{ group: 'MedLocal-Clinicians', roles: ['clinician'] }] }));
    expect(problemsFor(directoryEnv({ LDAP_GROUP_MAPPING_FILE: clinicians, LDAP_GROUP_SEARCH_BASE: 'ou=groups,dc=h,dc=test' }))).toEqual([]);
  });

  it('is off without LDAP_URL, and adds the directory host to the egress allowlist when on', () => {
    expect(toAppConfig(loadEnvironment({})).auth.directory).toBeUndefined();
    const sut = toAppConfig(loadEnvironment(directoryEnv({ EGRESS_ALLOW: '127.0.0.5' })));
    expect(sut.egress.allow).toEqual(['127.0.0.5', '10.1.2.3']);
    expect(sut.auth.directory).toMatchObject({ url: 'ldaps://10.1.2.3:636', startTls: false, groupSearchBase: 'ou=people,dc=h,dc=test' });
    expect(sut.auth.directory?.groupRules).toEqual([
      { group: 'cn=cardiology,ou=groups,dc=h,dc=test', roles: ['clinician'], department: 'CARD', adminScope: null },
    ]);
  });

  it('refuses plain ldap:// unless LDAP_STARTTLS or LDAP_ALLOW_PLAIN, and plain LDAP in production always', () => {
    expect(problemsFor(directoryEnv({ LDAP_URL: 'ldap://dc1.hospital.local' }))[0]).toMatch(
      /^Invalid configuration: LDAP_URL=ldap:\/\/dc1\.hospital\.local would send directory passwords unencrypted/,
    );
    expect(problemsFor(directoryEnv({ LDAP_URL: 'ldap://dc1.hospital.local', LDAP_STARTTLS: 'true' }))).toEqual([]);
    expect(problemsFor(directoryEnv({ LDAP_URL: 'ldap://dc1.hospital.local', LDAP_ALLOW_PLAIN: 'true' }))).toEqual([]);
    const production = problemsFor(directoryEnv({ MEDLOCAL_MODE: 'production', LDAP_URL: 'ldap://dc1.hospital.local', LDAP_ALLOW_PLAIN: 'true' }));
    expect(production).toEqual([expect.stringMatching(/^Invalid configuration: LDAP_ALLOW_PLAIN=true is refused in production/)]);
    expect(problemsFor(directoryEnv({ LDAP_STARTTLS: 'true' }))[0]).toMatch(/LDAP_STARTTLS=true is for ldap:\/\/ URLs/);
  });

  it('names each missing companion variable, and never prints the service password', () => {
    const problems = problemsFor({ LDAP_URL: 'ldaps://dc1.hospital.local', LDAP_BIND_PASSWORD: 'hunter2-service' });
    expect(problems).toEqual([
      'Invalid configuration: LDAP_BIND_DN must be set when LDAP_URL is set',
      'Invalid configuration: LDAP_SEARCH_BASE must be set when LDAP_URL is set',
      'Invalid configuration: LDAP_GROUP_MAPPING_FILE must be set when LDAP_URL is set',
    ]);
    expect(problemsFor({ LDAP_BIND_DN: 'cn=x' })).toEqual([
      'Invalid configuration: LDAP_BIND_DN set without LDAP_URL; set LDAP_URL to turn directory sign-in on',
    ]);
    expect(JSON.stringify(problemsFor(directoryEnv({ LDAP_URL: 'ldap://x' })))).not.toContain('service-password');
  });

  it('keeps roles at token refresh for 15 minutes of directory outage unless LDAP_REFRESH_GRACE_MINUTES says otherwise (0: none)', () => {
    expect(toAppConfig(loadEnvironment(directoryEnv())).auth.directory?.refreshGraceMinutes).toBe(15);
    expect(toAppConfig(loadEnvironment(directoryEnv({ LDAP_REFRESH_GRACE_MINUTES: '0' }))).auth.directory?.refreshGraceMinutes).toBe(0);
  });

  it('reads LDAP_BIND_PASSWORD from LDAP_BIND_PASSWORD_FILE', async () => {
    const secret = path.join(folder, 'bind-password');
    await writeFile(secret, 'from-a-file\n');
    const env = directoryEnv();
    delete env['LDAP_BIND_PASSWORD'];
    expect(toAppConfig(loadEnvironment({ ...env, LDAP_BIND_PASSWORD_FILE: secret })).auth.directory?.bindPassword).toBe('from-a-file');
  });

  it.each([
    ['LDAP_URL', 'https://dc1.hospital.local', /^Invalid configuration: LDAP_URL must be ldaps:\/\/host\[:port\]/],
    ['LDAP_URL', 'ldaps://dc1/ou=people', /^Invalid configuration: LDAP_URL must be/],
    ['LDAP_USER_FILTER', '(uid=alice)', /^Invalid configuration: LDAP_USER_FILTER must contain \{username\}/],
    ['LDAP_USER_FILTER', '(&(uid={username})', /^Invalid configuration: LDAP_USER_FILTER is not a valid LDAP filter/],
    ['LDAP_TIMEOUT_MS', '10', /^Invalid configuration: LDAP_TIMEOUT_MS /],
    ['LDAP_REFRESH_GRACE_MINUTES', '-1', /^Invalid configuration: LDAP_REFRESH_GRACE_MINUTES /],
    ['LDAP_REFRESH_GRACE_MINUTES', '721', /^Invalid configuration: LDAP_REFRESH_GRACE_MINUTES /],
    ['LDAP_CA_FILE', '/nonexistent/ca.pem', /^Invalid configuration: LDAP_CA_FILE=\/nonexistent\/ca\.pem cannot be read \(ENOENT\)/],
    ['LDAP_GROUP_MAPPING_FILE', '/nonexistent/map.json', /^Invalid configuration: LDAP_GROUP_MAPPING_FILE=\/nonexistent\/map\.json cannot be read \(ENOENT\)/],
  ])('refuses %s=%s', (name, value, message) => {
    const problems = problemsFor(directoryEnv({ [name]: value }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(message);
  });

  it.each([
    ['not JSON', '{groups:', /is not valid JSON/],
    ['no entries', JSON.stringify({ groups: [] }), /must be \{"groups"/],
    ['an unknown role', JSON.stringify({ groups: [{ group: 'g', roles: ['superuser'] }] }), /entry 1 needs "roles"/],
    ['admin with auditor', JSON.stringify({ groups: [{ group: 'g', roles: ['admin', 'auditor'] }] }), /entry 1 grants admin and auditor together/],
    [
      'a lower-case department',
      JSON.stringify({ groups: [{ group: 'g', roles: ['clinician'], department: 'card' }] }),
      /entry 1 "department" must be a department code/,
    ],
    [
      'a department scope without department',
      JSON.stringify({ groups: [{ group: 'g', roles: ['admin'], adminScope: 'department' }] }),
      /entry 1 "adminScope": "department" needs a "department"/,
    ],
  ])('refuses a mapping file with %s', async (_case, content, message) => {
    const file = path.join(folder, `bad-${Math.random().toString(36).slice(2)}.json`);
    await writeFile(file, content);
    const problems = problemsFor(directoryEnv({ LDAP_GROUP_MAPPING_FILE: file }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      new RegExp(`^Invalid configuration: LDAP_GROUP_MAPPING_FILE=${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} .*${message.source}`),
    );
  });
});
