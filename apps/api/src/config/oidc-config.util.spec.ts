import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ConfigurationError, loadEnvironment, toAppConfig } from './index';

let folder: string;
let mappingFile: string;

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'medlocal-oidc-config-'));
  mappingFile = path.join(folder, 'mapping.json');
  await writeFile(mappingFile, JSON.stringify({ groups: [{ group: 'medlocal-cardiology', roles: ['clinician'], department: 'CARD' }] }));
});

function oidcEnv(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    MEDLOCAL_MODE: 'demo',
    OIDC_ISSUER: 'https://sso.hospital.test/realms/hospital',
    OIDC_CLIENT_ID: 'medlocal',
    OIDC_CLIENT_SECRET: 'client-secret-from-the-idp',
    OIDC_REDIRECT_URI: 'https://medlocal.hospital.test/api/auth/oidc/callback',
    OIDC_ROLE_MAPPING_FILE: mappingFile,
    ...overrides,
  };
}

function problemsFor(env: Record<string, string>): string[] {
  try {
    loadEnvironment(env);
  } catch (error) {
    if (error instanceof ConfigurationError) return [...error.problems];
    throw error;
  }
  return [];
}

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
