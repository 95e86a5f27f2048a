import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Attribute, Change, Client } from 'ldapts';
import { DIRECTORY, type Directory } from '../src/accounts/directory/directory.port';
import { LdapDirectory } from '../src/accounts/directory/ldap-directory';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig, type DirectoryConfig } from '../src/config';
import { DATA_SOURCE } from '../src/database/database.tokens';
import type { AuditRecordInput } from '../src/common/audit/audit-recorder.port';
import {
  ACCOUNTS_TEST_ENV,
  TEST_ADMIN,
  advanceClock,
  api,
  captureAuditEvents,
  createDepartment,
  refreshCookieOf,
  signIn,
  signInAsAdmin,
} from './support/sign-in';
import { slapdInstalled, SLAPD, startTestDirectory, type TestDirectory } from './support/slapd';
import { startApi, type RunningApi } from './support/start-api';

const SUFFIX = 'dc=hospital,dc=test';
const PEOPLE = `ou=people,${SUFFIX}`;
const GROUPS = `ou=groups,${SUFFIX}`;
const SERVICE = { dn: `cn=medlocal-svc,ou=services,${SUFFIX}`, password: 'Service-Bind-Pass-2026' };
const person = (uid: string) => `uid=${uid},${PEOPLE}`;
const group = (cn: string) => `cn=${cn},${GROUPS}`;

/** Directory passwords: each differs from every MedLocal password, so a match proves the directory checked it. */
const PASSWORDS = {
  'li.na': 'Dir-LiNa-Pass-77',
  'wang.fang': 'Dir-WangFang-Pass-71',
  'zhao.lei': 'Dir-ZhaoLei-Pass-72',
  'chen.jie': 'Dir-ChenJie-Pass-73',
  'sun.li': 'Dir-SunLi-Pass-74',
  'zhou.min': 'Dir-ZhouMin-Pass-75',
  'he.yun': 'Dir-HeYun-Pass-78',
  'lin.tao': 'Dir-LinTao-Pass-79',
  'ma.jun': 'Dir-MaJun-Pass-80',
  'xu.ping': 'Dir-XuPing-Pass-81',
  'qian.yu': 'Dir-QianYu-Pass-82',
  'tang.hui': 'Dir-TangHui-Pass-83',
  'gao.lin': 'Dir-GaoLin-Pass-84',
  'song.jia': 'Dir-SongJia-Pass-85',
  'fang.yu': 'Dir-FangYu-Pass-86',
  'ye.qing': 'Dir-YeQing-Pass-87',
  [TEST_ADMIN.username]: 'Dir-Impostor-Pass-76',
} as const;
type DirectoryUser = keyof typeof PASSWORDS;

function entries(): string {
  const blocks = [
    `dn: ${SUFFIX}\nobjectClass: dcObject\nobjectClass: organization\ndc: hospital\no: Test Hospital`,
    ...['people', 'groups', 'services', 'cardio-it'].map((ou) => `dn: ou=${ou},${SUFFIX}\nobjectClass: organizationalUnit\nou: ${ou}`),
    `dn: ${SERVICE.dn}\nobjectClass: person\nobjectClass: simpleSecurityObject\ncn: medlocal-svc\nsn: service\nuserPassword: ${SERVICE.password}`,
    ...Object.entries(PASSWORDS).map(
      ([uid, password]) =>
        `dn: ${person(uid)}\nobjectClass: inetOrgPerson\nuid: ${uid}\ncn: ${uid}\nsn: ${uid.split('.')[0]}\ndisplayName: Dr ${uid}\nuserPassword: ${password}`,
    ),
    groupEntry('medlocal-cardiology', [
      person('li.na'),
      person('sun.li'),
      person('zhou.min'),
      person('he.yun'),
      person('lin.tao'),
      person('ma.jun'),
      person('xu.ping'),
      person('qian.yu'),
      person('tang.hui'),
      person('gao.lin'),
      person('song.jia'),
      person('fang.yu'),
      person('ye.qing'),
    ]),
    groupEntry('medlocal-neurology', [`cn=nobody,${SUFFIX}`]),
    // Nested: wang.fang is in icu-nurses, which is a member of the mapped medlocal-icu.
    groupEntry('icu-nurses', [person('wang.fang')]),
    groupEntry('medlocal-icu', [group('icu-nurses')]),
    groupEntry('medlocal-admins', [person('chen.jie')]),
    groupEntry('it-staff', [person('zhao.lei'), person(TEST_ADMIN.username)]),
  ];
  return `${blocks.join('\n\n')}\n`;
}

function groupEntry(cn: string, members: string[]): string {
  return [`dn: ${group(cn)}`, 'objectClass: groupOfNames', `cn: ${cn}`, ...members.map((member) => `member: ${member}`)].join('\n');
}

const MAPPING = {
  groups: [
    { group: group('medlocal-cardiology'), roles: ['clinician'], department: 'CARD' },
    { group: group('medlocal-neurology'), roles: ['clinician'], department: 'NEUR' },
    // A bare name matches the CN of a group under LDAP_GROUP_SEARCH_BASE, as AD administrators usually write it.
    { group: 'MedLocal-ICU', roles: ['clinician', 'researcher'], department: 'ICU' },
    // Privileged roles: by full DN only.
    { group: 'cn=MedLocal-Admins, ou=groups, dc=hospital, dc=test', roles: ['admin'], adminScope: 'global' },
  ],
};

const REFRESH_GRACE_MINUTES = 5;

const describeWithSlapd = slapdInstalled() ? describe : describe.skip;
if (!slapdInstalled()) {
  console.warn(`Skipping the LDAP sign-in tests: ${SLAPD} is missing (install it with: apt-get install -y slapd ldap-utils)`);
}

describeWithSlapd('sign-in with the hospital directory (real OpenLDAP over LDAPS)', () => {
  let directory: TestDirectory;
  let sut: RunningApi;
  let directoryConfig: DirectoryConfig;

  beforeAll(async () => {
    directory = await startTestDirectory({ suffix: SUFFIX, rootPassword: 'Root-Dir-Pass-2026', ldif: entries(), memberOf: true });
    const mappingFile = path.join(directory.folder, 'group-mapping.json');
    await writeFile(mappingFile, JSON.stringify(MAPPING));
    sut = await startApi({
      env: {
        ...ACCOUNTS_TEST_ENV,
        LDAP_URL: directory.ldapsUrl,
        LDAP_CA_FILE: directory.caFile,
        LDAP_BIND_DN: SERVICE.dn,
        LDAP_BIND_PASSWORD: SERVICE.password,
        LDAP_SEARCH_BASE: PEOPLE,
        LDAP_GROUP_SEARCH_BASE: GROUPS,
        // Like the Active Directory recommendation (!(userAccountControl:1.2.840.113556.1.4.803:=2)): disabled entries are no one.
        LDAP_USER_FILTER: '(&(objectClass=inetOrgPerson)(uid={username})(!(employeeType=disabled)))',
        LDAP_GROUP_MAPPING_FILE: mappingFile,
        LDAP_TIMEOUT_MS: '3000',
        LDAP_REFRESH_GRACE_MINUTES: String(REFRESH_GRACE_MINUTES),
      },
    });
    const admin = await signInAsAdmin(sut);
    for (const code of ['CARD', 'NEUR', 'ICU']) await createDepartment(sut, code, admin);
    const configured = sut.app.get<AppConfig>(APP_CONFIG, { strict: false }).auth.directory;
    if (!configured) throw new Error('The API started without its directory configuration');
    directoryConfig = configured;
  });

  afterAll(async () => {
    await sut?.stop();
    await directory?.remove();
  });

  const login = (username: string, password: string) => api(sut, 'POST', '/api/auth/login', { body: { username, password } });
  const directoryLogin = (username: DirectoryUser) => login(username, PASSWORDS[username]);

  it('signs a directory user in over LDAPS, provisions the account once, and never stores or audits the password', async () => {
    const events = captureAuditEvents(sut);
    const session = await signIn(sut, 'li.na', PASSWORDS['li.na']);
    expect(session.user).toMatchObject({
      username: 'li.na',
      displayName: 'Dr li.na',
      roles: ['clinician'],
      source: 'ldap',
      restriction: null,
      department: { code: 'CARD' },
    });
    const me = await api(sut, 'GET', '/api/auth/me', { token: session.accessToken });
    expect(me.status).toBe(200);
    await signIn(sut, 'li.na', PASSWORDS['li.na']);
    expect(events.filter((event) => event.action === 'user.directory_provision')).toHaveLength(1);
    expect(events.filter((event) => event.action === 'auth.login' && event.summary?.['reasonCode'] === 'ldap')).toHaveLength(2);
    expect(JSON.stringify(events)).not.toContain(PASSWORDS['li.na']);
    const stored = (await sut.app
      .get<DataSource>(DATA_SOURCE, { strict: false })
      .query(`SELECT source, password_hash FROM app_user WHERE username = $1`, ['li.na'])) as {
      source: string;
      password_hash: string;
    }[];
    expect(stored).toEqual([{ source: 'ldap', password_hash: '!directory' }]);
  });

  it('refuses a wrong directory password with 401 and locks the account after LOCKOUT_THRESHOLD failures', async () => {
    await signIn(sut, 'sun.li', PASSWORDS['sun.li']);
    const events = captureAuditEvents(sut);
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      const refused = await login('sun.li', 'Not-The-Directory-Pass-1');
      expect(refused.status).toBe(401);
      expect(await refused.json()).toMatchObject({ code: 'INVALID_CREDENTIALS' });
    }
    expect(events.filter((event) => event.action === 'auth.lockout')).toHaveLength(1);
    // Locked: even the right directory password is refused until the lock ends.
    const locked = await directoryLogin('sun.li');
    expect(locked.status).toBe(401);
    expect(events.at(-1)).toMatchObject({ action: 'auth.login_failed', summary: { reasonCode: 'locked' } });
    expect(JSON.stringify(events)).not.toContain('Not-The-Directory-Pass-1');
  });

  it('maps groups to roles and department, follows nested groups, and applies a group change at the next sign-in', async () => {
    const nested = await signIn(sut, 'wang.fang', PASSWORDS['wang.fang']);
    expect(nested.user).toMatchObject({ roles: expect.arrayContaining(['clinician', 'researcher']), department: { code: 'ICU' } });
    const admin = await signIn(sut, 'chen.jie', PASSWORDS['chen.jie']);
    expect(admin.user).toMatchObject({ roles: ['admin'], adminScope: 'global', source: 'ldap' });

    await signIn(sut, 'li.na', PASSWORDS['li.na']);
    await moveMember(directory, { member: person('li.na'), from: group('medlocal-cardiology'), to: group('medlocal-neurology') });
    const events = captureAuditEvents(sut);
    const moved = await signIn(sut, 'li.na', PASSWORDS['li.na']);
    expect(moved.user).toMatchObject({ roles: ['clinician'], department: { code: 'NEUR' } });
    expect(events.find((event) => event.action === 'user.directory_sync')).toMatchObject({
      summary: { changedFields: ['departmentId'], targetDepartment: 'NEUR' },
    });
  });

  it('locks a directory username never signed in after LOCKOUT_THRESHOLD wrong passwords, like any account', async () => {
    const events = captureAuditEvents(sut);
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      const refused = await login('tang.hui', 'Not-The-Directory-Pass-2');
      expect(refused.status).toBe(401);
    }
    expect(events.filter((event) => event.action === 'auth.lockout')).toHaveLength(1);
    const locked = await directoryLogin('tang.hui');
    expect(locked.status).toBe(401);
    expect(await locked.json()).toMatchObject({ code: 'INVALID_CREDENTIALS' });
    expect(events.at(-1)).toMatchObject({ action: 'auth.login_failed', summary: { reasonCode: 'locked' } });
    // Once the lock has run out, the right password signs in and the count starts again.
    advanceClock(sut, 16 * 60_000);
    expect((await directoryLogin('tang.hui')).status).toBe(200);
  });

  it('keeps a directory username locked when wrong passwords arrive at once: a late failure does not undo the lockout', async () => {
    const events = captureAuditEvents(sut);
    for (let attempt = 0; attempt < 2; attempt += 1) expect((await login('ye.qing', 'Not-The-Directory-Pass-4')).status).toBe(401);
    const burst = await Promise.all(Array.from({ length: 5 }, () => login('ye.qing', 'Not-The-Directory-Pass-4')));
    expect(burst.map((response) => response.status)).toEqual([401, 401, 401, 401, 401]);
    expect(events.filter((event) => event.action === 'auth.lockout')).toHaveLength(1);
    expect((await directoryLogin('ye.qing')).status).toBe(401);
    expect(events.at(-1)).toMatchObject({ action: 'auth.login_failed', summary: { reasonCode: 'locked' } });
  });

  it('refuses a user in no mapped group with the same 401 as a wrong password (the audit keeps the reason), and takes access away from one removed from every mapped group', async () => {
    const audited = captureAuditEvents(sut);
    const outsider = await directoryLogin('zhao.lei');
    const wrongPassword = await login('zhao.lei', 'Not-The-Directory-Pass-3');
    expect([outsider.status, wrongPassword.status]).toEqual([401, 401]);
    expect(await outsider.json()).toEqual(await wrongPassword.json());
    expect(audited.filter((event) => event.action === 'auth.login_failed').map((event) => event.summary?.['reasonCode'])).toEqual([
      'no_mapped_group',
      'bad_password',
    ]);
    const admin = await signInAsAdmin(sut);
    const users = (await (await api(sut, 'GET', '/api/admin/users?pageSize=100', { token: admin.accessToken })).json()) as
      | { items?: { username: string }[] }
      | { username: string }[];
    expect(JSON.stringify(users)).not.toContain('zhao.lei');

    const before = await signIn(sut, 'zhou.min', PASSWORDS['zhou.min']);
    await moveMember(directory, { member: person('zhou.min'), from: group('medlocal-cardiology') });
    const events = captureAuditEvents(sut);
    const refused = await directoryLogin('zhou.min');
    expect(refused.status).toBe(401);
    expect(await refused.json()).toMatchObject({ code: 'INVALID_CREDENTIALS' });
    expect(events.map((event) => [event.action, event.summary?.['reasonCode']])).toEqual(
      expect.arrayContaining([
        ['user.directory_sync', 'no_mapped_group'],
        ['auth.login_failed', 'no_mapped_group'],
      ]),
    );
    // The session opened while the user still had a group has ended.
    expect((await api(sut, 'GET', '/api/auth/me', { token: before.accessToken })).status).toBe(401);
  });

  it.each(['*', ')(uid=*', '\\00', 'li.na)(|(uid=*', 'li.na*', '*)(objectClass=*', 'li na', '(uid=li.na)'])(
    'refuses the username %j with 400 before the directory is asked',
    async (username) => {
      const ldap = sut.app.get<Directory>(DIRECTORY, { strict: false });
      const asked = vi.spyOn(ldap, 'authenticate');
      const refused = await login(username, PASSWORDS['li.na']);
      expect(refused.status).toBe(400);
      expect(await refused.json()).toMatchObject({ code: 'INVALID_USERNAME' });
      expect(asked).not.toHaveBeenCalled();
      asked.mockRestore();
    },
  );

  it('signs a local account in locally even when the directory has the same name (break-glass admin)', async () => {
    const local = await signIn(sut, TEST_ADMIN.username, TEST_ADMIN.password);
    expect(local.user).toMatchObject({ source: 'local', roles: ['admin'] });
    expect((await directoryLogin(TEST_ADMIN.username)).status).toBe(401);
  });

  it('answers 503 DIRECTORY_UNAVAILABLE while the directory is down; the local admin still signs in; directory sign-in returns with it', async () => {
    await directory.stop();
    try {
      const events = captureAuditEvents(sut);
      const down = await directoryLogin('li.na');
      expect(down.status).toBe(503);
      expect(down.headers.get('retry-after')).toBe('30');
      expect(await down.json()).toMatchObject({ code: 'DIRECTORY_UNAVAILABLE', message: expect.stringContaining('directory cannot be reached') });
      expect(events.find((event: AuditRecordInput) => event.action === 'auth.login_failed')).toMatchObject({
        outcome: 'error',
        summary: { reasonCode: 'directory_unreachable' },
      });
      // A never-seen name is the directory's to answer, so it gets the 503 too, not a 401 that would say "no such user".
      expect((await login('new.person', 'Whatever-Pass-1')).status).toBe(503);
      const local = await signIn(sut, TEST_ADMIN.username, TEST_ADMIN.password);
      expect(local.user.roles).toEqual(['admin']);
    } finally {
      await directory.start();
    }
    expect((await directoryLogin('li.na')).status).toBe(200);
  });

  describe('at token refresh (POST /api/auth/refresh)', () => {
    const refresh = (cookie: string) => api(sut, 'POST', '/api/auth/refresh', { cookie });
    const claimsOf = (accessToken: string) =>
      JSON.parse(Buffer.from(accessToken.split('.')[1], 'base64url').toString('utf8')) as { roles: string[]; dept: string | null };

    it('ends every session of a user removed from every mapped group: 401 DIRECTORY_ACCESS_REMOVED, audited', async () => {
      const first = await signIn(sut, 'he.yun', PASSWORDS['he.yun']);
      const second = await signIn(sut, 'he.yun', PASSWORDS['he.yun']);
      const stillIn = await refresh(first.refreshCookie);
      expect(stillIn.status).toBe(200);
      await moveMember(directory, { member: person('he.yun'), from: group('medlocal-cardiology') });
      const events = captureAuditEvents(sut);

      const refused = await refresh(refreshCookieOf(stillIn));
      expect(refused.status).toBe(401);
      expect(await refused.json()).toMatchObject({ code: 'DIRECTORY_ACCESS_REMOVED', message: expect.stringContaining('no group that gives access') });
      expect(events.find((event) => event.action === 'user.directory_sync')).toMatchObject({
        outcome: 'success',
        summary: { targetUserId: first.user.id, reasonCode: 'no_mapped_group', eventCount: 2 },
      });
      // The other session ended too, and its refresh token with it.
      expect((await api(sut, 'GET', '/api/auth/me', { token: second.accessToken })).status).toBe(401);
      expect((await refresh(second.refreshCookie)).status).toBe(401);
    });

    it('applies a group change with the service account only: roles and department updated, audited, and carried by the new access token', async () => {
      const session = await signIn(sut, 'lin.tao', PASSWORDS['lin.tao']);
      expect(claimsOf(session.accessToken)).toMatchObject({ roles: ['clinician'], dept: 'CARD' });
      await moveMember(directory, { member: person('lin.tao'), from: group('medlocal-cardiology'), to: group('medlocal-icu') });
      const ldap = sut.app.get<Directory>(DIRECTORY, { strict: false });
      const userBind = vi.spyOn(ldap, 'authenticate');
      const events = captureAuditEvents(sut);
      try {
        const refreshed = await refresh(session.refreshCookie);
        expect(refreshed.status).toBe(200);
        const body = (await refreshed.json()) as { accessToken: string; user: { roles: string[]; department: { code: string } | null } };
        expect(body.user).toMatchObject({ roles: expect.arrayContaining(['clinician', 'researcher']), department: { code: 'ICU' } });
        expect(claimsOf(body.accessToken)).toMatchObject({ roles: expect.arrayContaining(['clinician', 'researcher']), dept: 'ICU' });
        expect(userBind).not.toHaveBeenCalled();
      } finally {
        userBind.mockRestore();
      }
      expect(events.find((event) => event.action === 'user.directory_sync')).toMatchObject({
        summary: {
          targetUserId: session.user.id,
          changedFields: expect.arrayContaining(['roles', 'departmentId']),
          rolesAfter: expect.arrayContaining(['researcher']),
          targetDepartment: 'ICU',
        },
      });
    });

    it('never maps a group outside LDAP_GROUP_SEARCH_BASE that only shares a mapped name (made in an OU the user may write)', async () => {
      const session = await signIn(sut, 'qian.yu', PASSWORDS['qian.yu']);
      const rogue = [`cn=MedLocal-Admins,ou=cardio-it,${SUFFIX}`, `cn=MedLocal-ICU,ou=cardio-it,${SUFFIX}`];
      for (const dn of rogue) await addGroup(directory, { dn, members: [person('qian.yu')] });
      // The directory reports them (memberOf, as on Active Directory): only the mapping can keep them out.
      const ldap = sut.app.get<Directory>(DIRECTORY, { strict: false });
      expect(await ldap.lookUp({ username: 'qian.yu' })).toMatchObject({ groupDns: expect.arrayContaining(rogue) });

      const refreshed = await refresh(session.refreshCookie);
      expect(refreshed.status).toBe(200);
      const body = (await refreshed.json()) as { accessToken: string };
      expect(claimsOf(body.accessToken)).toEqual(expect.objectContaining({ roles: ['clinician'], dept: 'CARD' }));
      expect((await signIn(sut, 'qian.yu', PASSWORDS['qian.yu'])).user).toMatchObject({ roles: ['clinician'], adminScope: null });
    });

    it('runs LDAP_USER_FILTER again: an entry the filter now leaves out (disabled) ends every session of the user', async () => {
      const session = await signIn(sut, 'fang.yu', PASSWORDS['fang.yu']);
      await asRoot(directory, (client) =>
        client.modify(person('fang.yu'), [new Change({ operation: 'add', modification: new Attribute({ type: 'employeeType', values: ['disabled'] }) })]),
      );
      const events = captureAuditEvents(sut);
      const refused = await refresh(session.refreshCookie);
      expect(refused.status).toBe(401);
      expect(await refused.json()).toMatchObject({ code: 'DIRECTORY_ACCESS_REMOVED' });
      expect(events.find((event) => event.action === 'user.directory_sync')).toMatchObject({
        summary: { reasonCode: 'directory_user_missing', eventCount: 1 },
      });
      expect((await api(sut, 'GET', '/api/auth/me', { token: session.accessToken })).status).toBe(401);
      expect((await directoryLogin('fang.yu')).status).toBe(401);
    });

    it(`keeps the current roles while the directory is unreachable for up to LDAP_REFRESH_GRACE_MINUTES, then answers 503 without ending the session`, async () => {
      const session = await signIn(sut, 'ma.jun', PASSWORDS['ma.jun']);
      await directory.stop();
      let cookie = session.refreshCookie;
      try {
        const events = captureAuditEvents(sut);
        const kept = await refresh(cookie);
        expect(kept.status).toBe(200);
        cookie = refreshCookieOf(kept);
        const keptBody = (await kept.json()) as { accessToken: string };
        expect(claimsOf(keptBody.accessToken)).toMatchObject({ roles: ['clinician'], dept: 'CARD' });
        expect(events.find((event) => event.action === 'user.directory_sync')).toMatchObject({
          outcome: 'error',
          summary: { reasonCode: 'directory_unreachable' },
        });

        advanceClock(sut, (REFRESH_GRACE_MINUTES + 1) * 60_000);
        const refused = await refresh(cookie);
        expect(refused.status).toBe(503);
        expect(await refused.json()).toMatchObject({ code: 'DIRECTORY_UNAVAILABLE' });
        // The refresh cookie is kept, and the session is still open.
        expect(refused.headers.getSetCookie().filter((line) => line.startsWith('medlocal_refresh='))).toEqual([]);
        expect(events.filter((event) => event.action === 'user.directory_sync').at(-1)).toMatchObject({
          outcome: 'failure',
          summary: { reasonCode: 'directory_unreachable' },
        });
        expect((await api(sut, 'GET', '/api/auth/me', { token: keptBody.accessToken })).status).toBe(200);
      } finally {
        await directory.start();
      }
      // Once the directory answers, the same refresh token works and the access is confirmed again.
      const back = await refresh(cookie);
      expect(back.status).toBe(200);
    });
  });

  describe('the account is bound to its directory entry, not to the username', () => {
    const refresh = (cookie: string) => api(sut, 'POST', '/api/auth/refresh', { cookie });

    it('stores the entryUUID at first sign-in and refuses the name once it resolves to another entry (deleted and made again)', async () => {
      const session = await signIn(sut, 'gao.lin', PASSWORDS['gao.lin']);
      const dataSource = sut.app.get<DataSource>(DATA_SOURCE, { strict: false });
      const [stored] = (await dataSource.query(`SELECT directory_subject FROM app_user WHERE username = $1`, ['gao.lin'])) as { directory_subject: string }[];
      expect(stored.directory_subject).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);

      await replaceEntry(directory, { dn: person('gao.lin'), attributes: personAttributes('gao.lin') });
      const events = captureAuditEvents(sut);
      const refused = await directoryLogin('gao.lin');
      expect(refused.status).toBe(401);
      expect(await refused.json()).toMatchObject({ code: 'INVALID_CREDENTIALS' });
      expect(events.at(-1)).toMatchObject({ action: 'auth.login_failed', summary: { reasonCode: 'directory_subject_mismatch' } });

      const atRefresh = await refresh(session.refreshCookie);
      expect(atRefresh.status).toBe(401);
      expect(events.find((event) => event.action === 'user.directory_sync')).toMatchObject({ summary: { reasonCode: 'directory_subject_mismatch' } });
      // The account keeps its binding: the new entry did not take it over.
      expect((await dataSource.query(`SELECT directory_subject FROM app_user WHERE username = $1`, ['gao.lin'])) as unknown[]).toEqual([stored]);
    });

    it('refuses a username two entries answer to, saying so at sign-in and at refresh', async () => {
      const session = await signIn(sut, 'song.jia', PASSWORDS['song.jia']);
      await addEntry(directory, { dn: `ou=contractors,${PEOPLE}`, attributes: { objectClass: 'organizationalUnit', ou: 'contractors' } });
      await addEntry(directory, { dn: `uid=song.jia,ou=contractors,${PEOPLE}`, attributes: personAttributes('song.jia') });
      const events = captureAuditEvents(sut);
      const refused = await directoryLogin('song.jia');
      expect(refused.status).toBe(401);
      expect(events.at(-1)).toMatchObject({ action: 'auth.login_failed', summary: { reasonCode: 'ambiguous_user' } });
      const atRefresh = await refresh(session.refreshCookie);
      expect(atRefresh.status).toBe(401);
      expect(events.find((event) => event.action === 'user.directory_sync')).toMatchObject({ summary: { reasonCode: 'ambiguous_user' } });
    });
  });

  describe('admin actions on a directory account', () => {
    let admin: Awaited<ReturnType<typeof signInAsAdmin>>;
    let userId: string;

    beforeAll(async () => {
      admin = await signInAsAdmin(sut);
      userId = (await signIn(sut, 'xu.ping', PASSWORDS['xu.ping'])).user.id;
    });

    const expectDirectoryManaged = async (response: Response) => {
      expect(response.status).toBe(409);
      expect(await response.json()).toMatchObject({ code: 'DIRECTORY_MANAGED_ACCOUNT', message: expect.stringContaining('hospital directory') });
    };

    it('refuses a password reset, and leaves the account and its sessions as they were', async () => {
      const session = await signIn(sut, 'xu.ping', PASSWORDS['xu.ping']);
      await expectDirectoryManaged(await api(sut, 'POST', `/api/admin/users/${userId}/reset-password`, { token: admin.accessToken }));
      expect((await api(sut, 'GET', '/api/auth/me', { token: session.accessToken })).status).toBe(200);
      expect((await signIn(sut, 'xu.ping', PASSWORDS['xu.ping'])).user).toMatchObject({ restriction: null, source: 'ldap' });
    });

    it.each([
      ['roles', { roles: ['researcher'] }],
      ['department', { departmentId: null }],
      ['admin scope', { adminScope: 'global' }],
      ['display name', { displayName: 'Someone Else' }],
      ['roles together with status', { roles: ['researcher'], status: 'disabled' }],
    ])('refuses an edit of the %s, which the directory owns', async (_field, body) => {
      await expectDirectoryManaged(await api(sut, 'PATCH', `/api/admin/users/${userId}`, { token: admin.accessToken, body }));
      const user = (await (await api(sut, 'GET', `/api/admin/users/${userId}`, { token: admin.accessToken })).json()) as Record<string, unknown>;
      expect(user).toMatchObject({ roles: ['clinician'], status: 'active', displayName: 'Dr xu.ping', department: { code: 'CARD' } });
    });

    it("refuses a new local account with a password under a directory account's name", async () => {
      await expectDirectoryManaged(
        await api(sut, 'POST', '/api/admin/users', {
          token: admin.accessToken,
          body: { username: 'xu.ping', displayName: 'Impostor', roles: ['clinician'], password: 'Local-Pass-For-XuPing-1!' },
        }),
      );
      await expectDirectoryManaged(
        await api(sut, 'POST', '/api/admin/users', { token: admin.accessToken, body: { username: 'xu.ping', displayName: 'Impostor', roles: ['clinician'] } }),
      );
    });

    it('still disables, enables, unlocks and ends the sessions of a directory account', async () => {
      const session = await signIn(sut, 'xu.ping', PASSWORDS['xu.ping']);
      expect((await api(sut, 'POST', `/api/admin/users/${userId}/end-sessions`, { token: admin.accessToken })).status).toBe(200);
      expect((await api(sut, 'GET', '/api/auth/me', { token: session.accessToken })).status).toBe(401);
      expect((await api(sut, 'PATCH', `/api/admin/users/${userId}`, { token: admin.accessToken, body: { status: 'disabled' } })).status).toBe(200);
      expect((await directoryLogin('xu.ping')).status).toBe(401);
      expect((await api(sut, 'PATCH', `/api/admin/users/${userId}`, { token: admin.accessToken, body: { status: 'active' } })).status).toBe(200);
      expect((await api(sut, 'POST', `/api/admin/users/${userId}/unlock`, { token: admin.accessToken })).status).toBe(200);
      expect((await directoryLogin('xu.ping')).status).toBe(200);
    });
  });

  describe(LdapDirectory.name, () => {
    it('signs in over ldap:// with StartTLS', async () => {
      const sut = new LdapDirectory({ ...directoryConfig, url: directory.ldapUrl, startTls: true });
      expect(await sut.authenticate({ username: 'wang.fang', password: PASSWORDS['wang.fang'] })).toMatchObject({
        kind: 'authenticated',
        groupDns: expect.arrayContaining([group('icu-nurses'), group('medlocal-icu')]),
      });
    });

    it('refuses a server whose certificate the configured CA did not sign', async () => {
      const sut = new LdapDirectory({ ...directoryConfig, caPem: await readFile(directory.otherCaFile, 'utf8') });
      await expect(sut.authenticate({ username: 'li.na', password: PASSWORDS['li.na'] })).rejects.toMatchObject({ reason: 'directory_tls_failed' });
    });

    it('refuses a server whose certificate names another host, over StartTLS and LDAPS alike', async () => {
      const elsewhere = await startTestDirectory({
        suffix: SUFFIX,
        rootPassword: 'Root-Dir-Pass-2026',
        ldif: entries(),
        certificateNames: 'DNS:directory.other.test',
      });
      try {
        const caPem = await readFile(elsewhere.caFile, 'utf8');
        const overStartTls = new LdapDirectory({ ...directoryConfig, url: elsewhere.ldapUrl, host: '127.0.0.1', startTls: true, caPem });
        await expect(overStartTls.authenticate({ username: 'li.na', password: PASSWORDS['li.na'] })).rejects.toMatchObject({ reason: 'directory_tls_failed' });
        const overLdaps = new LdapDirectory({ ...directoryConfig, url: elsewhere.ldapsUrl, host: '127.0.0.1', caPem });
        await expect(overLdaps.authenticate({ username: 'li.na', password: PASSWORDS['li.na'] })).rejects.toMatchObject({ reason: 'directory_tls_failed' });
      } finally {
        await elsewhere.remove();
      }
    });

    it('reports a refused service account as such', async () => {
      const sut = new LdapDirectory({ ...directoryConfig, bindPassword: 'wrong-service-password' });
      await expect(sut.authenticate({ username: 'li.na', password: PASSWORDS['li.na'] })).rejects.toMatchObject({ reason: 'directory_service_bind_refused' });
    });

    it('never binds with an empty password (an unauthenticated bind the directory would accept)', async () => {
      const sut = new LdapDirectory(directoryConfig);
      expect(await sut.authenticate({ username: 'li.na', password: '' })).toEqual({ kind: 'bad_password' });
    });
  });
});

function personAttributes(uid: DirectoryUser): Record<string, string | string[]> {
  return { objectClass: 'inetOrgPerson', uid, cn: uid, sn: uid.split('.')[0], displayName: `Dr ${uid}`, userPassword: PASSWORDS[uid] };
}

async function asRoot<T>(directory: TestDirectory, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ url: directory.ldapsUrl, tlsOptions: { ca: [await readFile(directory.caFile, 'utf8')] } });
  try {
    await client.bind(directory.rootDn, directory.rootPassword);
    return await work(client);
  } finally {
    await client.unbind();
  }
}

function addEntry(directory: TestDirectory, params: { dn: string; attributes: Record<string, string | string[]> }): Promise<void> {
  return asRoot(directory, (client) => client.add(params.dn, params.attributes));
}

/** The entry deleted and made again under the same DN: same name and password, a new entryUUID. */
function replaceEntry(directory: TestDirectory, params: { dn: string; attributes: Record<string, string | string[]> }): Promise<void> {
  return asRoot(directory, async (client) => {
    await client.del(params.dn);
    await client.add(params.dn, params.attributes);
  });
}

async function addGroup(directory: TestDirectory, params: { dn: string; members: string[] }): Promise<void> {
  const client = new Client({ url: directory.ldapsUrl, tlsOptions: { ca: [await readFile(directory.caFile, 'utf8')] } });
  try {
    await client.bind(directory.rootDn, directory.rootPassword);
    const cn = /^cn=([^,]+)/i.exec(params.dn)?.[1] ?? '';
    await client.add(params.dn, { objectClass: 'groupOfNames', cn, member: params.members });
  } finally {
    await client.unbind();
  }
}

async function moveMember(directory: TestDirectory, params: { member: string; from: string; to?: string }): Promise<void> {
  const client = new Client({ url: directory.ldapsUrl, tlsOptions: { ca: [await readFile(directory.caFile, 'utf8')] } });
  try {
    await client.bind(directory.rootDn, directory.rootPassword);
    await client.modify(params.from, [new Change({ operation: 'delete', modification: new Attribute({ type: 'member', values: [params.member] }) })]);
    if (params.to) await client.modify(params.to, [new Change({ operation: 'add', modification: new Attribute({ type: 'member', values: [params.member] }) })]);
  } finally {
    await client.unbind();
  }
}
