import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadEnvironment, toAppConfig } from './index';
import { configurationProblems, hospitalOidcEnv, writeClinicianGroupMapping } from './testing/configuration-problems';

let mappingFile: string;

beforeAll(async () => {
  mappingFile = await writeClinicianGroupMapping(await mkdtemp(path.join(tmpdir(), 'medlocal-local-sign-in-')), 'medlocal-cardiology');
});

const oidcEnv = (overrides: Record<string, string> = {}): Record<string, string> => hospitalOidcEnv(mappingFile, overrides);

const problemsFor = (env: Record<string, string>): string[] => configurationProblems(env);

describe('local password sign-in (LOCAL_SIGN_IN)', () => {
  it('is open to every local account by default', () => {
    expect(toAppConfig(loadEnvironment({})).auth.localSignIn).toEqual({ mode: 'all', breakGlassUsers: [] });
  });

  it('is limited to the break-glass accounts named, lower-cased and trimmed, while hospital sign-in is on', () => {
    const sut = toAppConfig(loadEnvironment(oidcEnv({ LOCAL_SIGN_IN: 'break-glass', LOCAL_SIGN_IN_BREAK_GLASS_USERS: ' root.admin , It.Oncall ' })));
    expect(sut.auth.localSignIn).toEqual({ mode: 'break-glass', breakGlassUsers: ['root.admin', 'it.oncall'] });
  });

  it('refuses break-glass without a list, with a malformed name, without hospital sign-in, and an unknown mode; one line each', () => {
    expect(problemsFor(oidcEnv({ LOCAL_SIGN_IN: 'break-glass' }))).toEqual([
      'Invalid configuration: LOCAL_SIGN_IN=break-glass needs LOCAL_SIGN_IN_BREAK_GLASS_USERS, the comma-separated local accounts that still sign in with a password (e.g. root.admin)',
    ]);
    expect(problemsFor(oidcEnv({ LOCAL_SIGN_IN: 'break-glass', LOCAL_SIGN_IN_BREAK_GLASS_USERS: 'root.admin,bad name' }))).toEqual([
      'Invalid configuration: LOCAL_SIGN_IN_BREAK_GLASS_USERS names "bad name", which is not a MedLocal username (3-32 characters: lower-case letters, digits, . _ -)',
    ]);
    expect(problemsFor({ LOCAL_SIGN_IN: 'break-glass', LOCAL_SIGN_IN_BREAK_GLASS_USERS: 'root.admin' })).toEqual([
      'Invalid configuration: LOCAL_SIGN_IN=break-glass needs directory (LDAP_URL) or OpenID Connect (OIDC_ISSUER) sign-in: otherwise only the break-glass accounts could sign in',
    ]);
    expect(problemsFor({ LOCAL_SIGN_IN: 'none' })).toEqual(['Invalid configuration: LOCAL_SIGN_IN must be all or break-glass (got "none")']);
    expect(problemsFor({ LOCAL_SIGN_IN_BREAK_GLASS_USERS: 'root.admin' })).toEqual([
      'Invalid configuration: LOCAL_SIGN_IN_BREAK_GLASS_USERS is set but LOCAL_SIGN_IN is not break-glass; set LOCAL_SIGN_IN=break-glass to turn local sign-in off for everyone else',
    ]);
  });
});
