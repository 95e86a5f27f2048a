import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadEnvironment, toAppConfig } from './index';
import { configurationProblems, hospitalOidcEnv, writeClinicianGroupMapping } from './testing/configuration-problems';

let folder: string;
let mappingFile: string;

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'medlocal-oidc-config-'));
  mappingFile = await writeClinicianGroupMapping(folder, 'medlocal-cardiology');
});

const oidcEnv = (overrides: Record<string, string> = {}): Record<string, string> => hospitalOidcEnv(mappingFile, overrides);

const problemsFor = (env: Record<string, string>): string[] => configurationProblems(env);

describe('OpenID Connect configuration', () => {
  it('is off without OIDC_ISSUER; when on, the issuer host joins the egress allowlist and the defaults apply', () => {
    expect(toAppConfig(loadEnvironment({})).auth.oidc).toBeUndefined();
    const sut = toAppConfig(loadEnvironment(oidcEnv({ OIDC_MFA_AMR: 'mfa, otp' })));
    expect(sut.egress.allow).toContain('sso.hospital.test');
    expect(sut.auth.oidc).toMatchObject({
      scopes: 'openid profile email',
      groupsClaim: 'groups',
      usernameClaim: 'preferred_username',
      mfaAmr: ['mfa', 'otp'],
      mfaAcrValues: [],
      postLogoutRedirectUri: 'https://medlocal.hospital.test/sign-in?reason=signedOut',
      groupRules: [{ group: 'medlocal-cardiology', roles: ['clinician'], department: 'CARD', adminScope: null }],
    });
  });

  it('keeps roles at token refresh for 15 minutes of IdP outage unless OIDC_REFRESH_GRACE_MINUTES says otherwise (0: none)', () => {
    expect(toAppConfig(loadEnvironment(oidcEnv())).auth.oidc?.refreshGraceMinutes).toBe(15);
    expect(toAppConfig(loadEnvironment(oidcEnv({ OIDC_REFRESH_GRACE_MINUTES: '0' }))).auth.oidc?.refreshGraceMinutes).toBe(0);
    expect(problemsFor(oidcEnv({ OIDC_REFRESH_GRACE_MINUTES: '721' }))).toEqual([expect.stringMatching(/^Invalid configuration: OIDC_REFRESH_GRACE_MINUTES /)]);
  });

  it('limits /oidc/start and /oidc/callback to 600 a minute per address unless OIDC_RATE_LIMIT_PER_IP says otherwise', () => {
    expect(toAppConfig(loadEnvironment(oidcEnv())).auth.oidcRateLimit).toEqual({ perIpPerMinute: 600 });
    expect(toAppConfig(loadEnvironment(oidcEnv({ OIDC_RATE_LIMIT_PER_IP: '40' }))).auth.oidcRateLimit).toEqual({ perIpPerMinute: 40 });
    expect(problemsFor(oidcEnv({ OIDC_RATE_LIMIT_PER_IP: '0' }))).toEqual([expect.stringMatching(/^Invalid configuration: OIDC_RATE_LIMIT_PER_IP /)]);
  });

  it('refuses plain http except for a loopback IdP with OIDC_ALLOW_HTTP=true, and never in production', () => {
    expect(problemsFor(oidcEnv({ OIDC_ISSUER: 'http://sso.hospital.test' }))).toEqual([
      "Invalid configuration: OIDC_ISSUER=http://sso.hospital.test must use https:// (plain http only for an IdP on this machine's loopback address, with OIDC_ALLOW_HTTP=true)",
    ]);
    expect(problemsFor(oidcEnv({ OIDC_ISSUER: 'http://sso.hospital.test', OIDC_ALLOW_HTTP: 'true' }))).toHaveLength(1);
    expect(problemsFor(oidcEnv({ OIDC_ISSUER: 'http://127.0.0.1:8080', OIDC_ALLOW_HTTP: 'true' }))).toEqual([]);
    expect(problemsFor(oidcEnv({ OIDC_ISSUER: 'http://127.0.0.1:8080', OIDC_ALLOW_HTTP: 'true', MEDLOCAL_MODE: 'production' }))).toContain(
      'Invalid configuration: OIDC_ALLOW_HTTP=true is refused in production: the IdP must be reached over https://',
    );
  });

  it('names each missing companion variable, and stray ones without OIDC_ISSUER', () => {
    const env = oidcEnv();
    delete env['OIDC_CLIENT_SECRET'];
    delete env['OIDC_ROLE_MAPPING_FILE'];
    expect(problemsFor(env)).toEqual([
      'Invalid configuration: OIDC_CLIENT_SECRET must be set when OIDC_ISSUER is set (or OIDC_CLIENT_SECRET_FILE)',
      'Invalid configuration: OIDC_ROLE_MAPPING_FILE must be set when OIDC_ISSUER is set',
    ]);
    expect(problemsFor({ MEDLOCAL_MODE: 'demo', OIDC_CLIENT_ID: 'medlocal' })).toEqual([
      'Invalid configuration: OIDC_CLIENT_ID set without OIDC_ISSUER; set OIDC_ISSUER to turn OpenID Connect sign-in on',
    ]);
  });

  it('reads the client secret from OIDC_CLIENT_SECRET_FILE and never prints it', async () => {
    const secretFile = path.join(folder, 'client-secret');
    await writeFile(secretFile, 'secret-from-a-file\n');
    const env = oidcEnv({ OIDC_CLIENT_SECRET_FILE: secretFile });
    delete env['OIDC_CLIENT_SECRET'];
    expect(toAppConfig(loadEnvironment(env)).auth.oidc?.clientSecret).toBe('secret-from-a-file');
    expect(problemsFor(oidcEnv({ OIDC_ISSUER: 'not a url' })).join('\n')).not.toContain('client-secret-from-the-idp');
  });

  it('wants the callback path in OIDC_REDIRECT_URI and openid in OIDC_SCOPES', () => {
    expect(problemsFor(oidcEnv({ OIDC_REDIRECT_URI: 'https://medlocal.hospital.test/callback' }))).toEqual([
      'Invalid configuration: OIDC_REDIRECT_URI must end in /api/auth/oidc/callback, with no query (got "https://medlocal.hospital.test/callback")',
    ]);
    expect(problemsFor(oidcEnv({ OIDC_SCOPES: 'profile email' }))).toEqual([
      'Invalid configuration: OIDC_SCOPES must include openid, e.g. "openid profile email" (got "profile email")',
    ]);
  });

  it('checks OIDC_ROLE_MAPPING_FILE with the directory mapping rules, naming the OIDC variable', async () => {
    const broken = path.join(folder, 'broken.json');
    await writeFile(broken, JSON.stringify({ groups: [{ group: 'medlocal-admins', roles: ['admin', 'auditor'] }] }));
    expect(problemsFor(oidcEnv({ OIDC_ROLE_MAPPING_FILE: broken }))).toEqual([
      `Invalid configuration: OIDC_ROLE_MAPPING_FILE=${broken} entry 1 grants admin and auditor together; no account is both`,
    ]);
    expect(problemsFor(oidcEnv({ OIDC_ROLE_MAPPING_FILE: path.join(folder, 'missing.json') }))).toEqual([
      `Invalid configuration: OIDC_ROLE_MAPPING_FILE=${path.join(folder, 'missing.json')} cannot be read (ENOENT)`,
    ]);
  });
});
