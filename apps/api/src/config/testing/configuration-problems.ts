import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigurationError, loadEnvironment } from '../index';

/** The one-line problems `loadEnvironment` refuses `env` with (`base` first, `env` on top); none when it starts. */
export function configurationProblems(env: Record<string, string>, base: Record<string, string> = {}): string[] {
  try {
    loadEnvironment({ ...base, ...env });
  } catch (error) {
    if (error instanceof ConfigurationError) return [...error.problems];
    throw error;
  }
  return [];
}

/** A group → role/department mapping file with one clinician group, written into `folder`. */
export async function writeClinicianGroupMapping(folder: string, group: string): Promise<string> {
  const file = path.join(folder, 'mapping.json');
  await writeFile(file, JSON.stringify({ groups: [{ group, roles: ['clinician'], department: 'CARD' }] }));
  return file;
}

/** A complete hospital OpenID Connect configuration in demo mode, with the mapping file given. */
export function hospitalOidcEnv(mappingFile: string, overrides: Record<string, string> = {}): Record<string, string> {
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
