import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import type { DirectoryTestResult, SignInSourcesView } from '@medlocal/contracts';
import { DATA_SOURCE } from '../src/database/database.tokens';
import { ACCOUNTS_TEST_ENV, api, captureAuditEvents, createAccount, createDepartment, signIn, signInAsAdmin, type SignedInSession } from './support/sign-in';
import { slapdInstalled, SLAPD, startTestDirectory, type TestDirectory } from './support/slapd';
import { startApi, type RunningApi } from './support/start-api';

const SUFFIX = 'dc=clinic,dc=test';
const PEOPLE = `ou=people,${SUFFIX}`;
const GROUPS = `ou=groups,${SUFFIX}`;
const SERVICE = { dn: `cn=medlocal-svc,ou=services,${SUFFIX}`, password: 'Service-Bind-Secret-2026' };
const OIDC_CLIENT_SECRET = 'Oidc-Client-Secret-Never-Shown-2026';
const person = (uid: string) => `uid=${uid},${PEOPLE}`;
const group = (cn: string) => `cn=${cn},${GROUPS}`;
const PASSWORDS = { 'yang.mei': 'Dir-YangMei-Pass-31', 'guest.it': 'Dir-GuestIt-Pass-32' } as const;

const MAPPING = { groups: [{ group: group('medlocal-cardiology'), roles: ['clinician'], department: 'CARD' }] };

function entries(): string {
  return `${[
    `dn: ${SUFFIX}\nobjectClass: dcObject\nobjectClass: organization\ndc: clinic\no: Test Clinic`,
    ...['people', 'groups', 'services'].map((ou) => `dn: ou=${ou},${SUFFIX}\nobjectClass: organizationalUnit\nou: ${ou}`),
    `dn: ${SERVICE.dn}\nobjectClass: person\nobjectClass: simpleSecurityObject\ncn: medlocal-svc\nsn: service\nuserPassword: ${SERVICE.password}`,
    ...Object.entries(PASSWORDS).map(
      ([uid, password]) => `dn: ${person(uid)}\nobjectClass: inetOrgPerson\nuid: ${uid}\ncn: ${uid}\nsn: ${uid.split('.')[0]}\nuserPassword: ${password}`,
    ),
    `dn: ${group('medlocal-cardiology')}\nobjectClass: groupOfNames\ncn: medlocal-cardiology\nmember: ${person('yang.mei')}`,
    `dn: ${group('all-staff')}\nobjectClass: groupOfNames\ncn: all-staff\nmember: ${person('guest.it')}`,
  ].join('\n\n')}\n`;
}

const describeWithSlapd = slapdInstalled() ? describe : describe.skip;
if (!slapdInstalled()) console.warn(`Skipping the sign-in sources tests: ${SLAPD} is missing (apt-get install -y slapd ldap-utils)`);

describeWithSlapd('sign-in sources for the global admin: the settings in effect, and a directory test sign-in (real OpenLDAP)', () => {
  let directory: TestDirectory;
  let sut: RunningApi;
  let admin: SignedInSession;
  const testSignIn = (body: { username: string; password: string }, token = admin.accessToken) =>
    api(sut, 'POST', '/api/admin/sign-in-sources/ldap/test', { token, body });

  beforeAll(async () => {
    directory = await startTestDirectory({ suffix: SUFFIX, rootPassword: 'Root-Clinic-Pass-2026', ldif: entries() });
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
        LDAP_GROUP_MAPPING_FILE: mappingFile,
        LDAP_TIMEOUT_MS: '3000',
        // Read-only view only: nothing here asks the IdP.
        OIDC_ISSUER: 'http://127.0.0.1:9/realms/hospital',
        OIDC_ALLOW_HTTP: 'true',
        OIDC_CLIENT_ID: 'medlocal',
        OIDC_CLIENT_SECRET,
        OIDC_REDIRECT_URI: 'http://127.0.0.1:9/api/auth/oidc/callback',
        OIDC_ROLE_MAPPING_FILE: mappingFile,
      },
    });
    admin = await signInAsAdmin(sut);
    await createDepartment(sut, 'CARD', admin);
  });

  afterAll(async () => {
    await sut?.stop();
    await directory?.remove();
  });

  it('shows each source with its settings and group mapping, and no secret', async () => {
    const response = await api(sut, 'GET', '/api/admin/sign-in-sources', { token: admin.accessToken });
    expect(response.status).toBe(200);
    const text = await response.text();
    const view = JSON.parse(text) as SignInSourcesView;
    expect(view.password).toEqual({ enabled: true });
    expect(view.ldap).toMatchObject({
      url: directory.ldapsUrl,
      startTls: false,
      bindDn: SERVICE.dn,
      searchBase: PEOPLE,
      groupSearchBase: GROUPS,
      customCa: true,
      groupMapping: [{ group: group('medlocal-cardiology'), roles: ['clinician'], department: 'CARD', adminScope: null }],
    });
    expect(view.oidc).toMatchObject({ issuer: 'http://127.0.0.1:9/realms/hospital', clientId: 'medlocal', usernameClaim: 'preferred_username' });
    expect(text).not.toContain(SERVICE.password);
    expect(text).not.toContain(OIDC_CLIENT_SECRET);
  });

  it('is for global admins only: a department admin and a clinician get 403', async () => {
    const department = await createDepartment(sut, 'NEUR', admin);
    const departmentAdmin = await createAccount(sut, { roles: ['admin'], adminScope: 'department', departmentId: department.id, as: admin });
    const clinician = await createAccount(sut, { roles: ['clinician'], departmentId: department.id, as: admin });
    for (const account of [departmentAdmin, clinician]) {
      const session = await signIn(sut, account.username, account.password);
      expect((await api(sut, 'GET', '/api/admin/sign-in-sources', { token: session.accessToken })).status).toBe(403);
      expect((await testSignIn(credentialsOf('yang.mei'), session.accessToken)).status).toBe(403);
    }
  });

  it('walks a good username and password through every step to the mapping, opens no session, makes no account, and audits it', async () => {
    const events = captureAuditEvents(sut);
    const response = await testSignIn(credentialsOf('yang.mei'));
    expect(response.status).toBe(200);
    expect(response.headers.getSetCookie()).toEqual([]);
    const result = (await response.json()) as DirectoryTestResult;
    expect(result).toEqual({
      ok: true,
      steps: ['connect', 'service_bind', 'search', 'user_bind', 'groups', 'mapping'].map((step) => ({ step, outcome: 'ok' })),
      groups: [group('medlocal-cardiology')],
      mapping: { roles: ['clinician'], departmentCode: 'CARD', adminScope: null },
    });
    const rows = (await sut.app
      .get<DataSource>(DATA_SOURCE, { strict: false })
      .query(`SELECT id FROM app_user WHERE username = $1`, ['yang.mei'])) as unknown[];
    expect(rows).toEqual([]);
    expect(events.map((event) => event.action)).toEqual(['auth.directory_test']);
    expect(events[0]).toMatchObject({ outcome: 'success', summary: { targetType: 'directory', reasonCode: 'mapped', rolesAfter: ['clinician'] } });
    expect(JSON.stringify(events)).not.toContain(PASSWORDS['yang.mei']);
  });

  it.each([
    ['a wrong password', { username: 'yang.mei', password: 'Not-The-Password-1' }, 'user_bind', 'bad_password'],
    ['an unknown username', { username: 'no.such.person', password: 'Whatever-Pass-1' }, 'search', 'unknown_user'],
    ['a person in no mapped group', credentialsOf('guest.it'), 'mapping', 'no_mapped_group'],
  ])('stops at the step that fails for %s, and audits the reason', async (_what, body, failedStep, code) => {
    const events = captureAuditEvents(sut);
    const result = (await (await testSignIn(body)).json()) as DirectoryTestResult;
    expect(result.ok).toBe(false);
    expect(result.mapping).toBeNull();
    expect(result.steps.find((step) => step.outcome === 'failed')).toEqual({ step: failedStep, outcome: 'failed', code });
    expect(result.steps.filter((step) => step.outcome === 'skipped').map((step) => step.step)).toEqual(
      ['connect', 'service_bind', 'search', 'user_bind', 'groups', 'mapping'].slice(
        ['connect', 'service_bind', 'search', 'user_bind', 'groups', 'mapping'].indexOf(failedStep) + 1,
      ),
    );
    expect(events).toEqual([
      expect.objectContaining({ action: 'auth.directory_test', outcome: 'failure', summary: expect.objectContaining({ reasonCode: code }) }),
    ]);
  });

  it('refuses a username carrying LDAP filter syntax before it reaches the directory', async () => {
    const refused = await testSignIn({ username: '*)(uid=*', password: 'Whatever-Pass-1' });
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ code: 'INVALID_USERNAME' });
  });

  it('reports a directory that does not answer at the connect step', async () => {
    await directory.stop();
    try {
      const result = (await (await testSignIn(credentialsOf('yang.mei'))).json()) as DirectoryTestResult;
      expect(result).toMatchObject({
        ok: false,
        steps: [{ step: 'connect', outcome: 'failed', code: 'directory_unreachable' }, ...Array(5).fill(expect.objectContaining({ outcome: 'skipped' }))],
      });
    } finally {
      await directory.start();
    }
  });
});

function credentialsOf(uid: keyof typeof PASSWORDS): { username: string; password: string } {
  return { username: uid, password: PASSWORDS[uid] };
}
