import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BUILT_API, freePort, spawnApi } from '../support/spawn-api';
import { generateSecrets, productionEnv, writeDemoModel, writeStandInModel } from './support/production-env';

/** Issue 18: production refuses, in one line naming the cause, to start in a state that cannot work. */
async function refusal(env: Record<string, string>, dataDir: string): Promise<{ code: number | null; lines: string[] }> {
  const child = spawn(process.execPath, [BUILT_API], {
    env: { PATH: process.env['PATH'] ?? '', LOG_LEVEL: 'warn', ...env, PORT: String(await freePort()), HOST: '127.0.0.1', DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { code, lines: stderr.split('\n').filter(Boolean) };
}

function without(env: Record<string, string>, name: string): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter(([key]) => key !== name));
}

describe('production start-up guardrails', () => {
  let folder: string;
  let env: Record<string, string>;

  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'medlocal-guardrails-'));
    env = await productionEnv({ secretsDir: path.join(folder, 'secrets'), modelFolder: folder });
  });

  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('refuses to start without MODEL_PATH instead of serving the demo model', async () => {
    const rest = without(env, 'MODEL_PATH');
    const sut = await refusal(rest, await mkdtemp(path.join(folder, 'data-')));
    expect(sut.code).toBe(1);
    expect(sut.lines).toEqual([expect.stringMatching(/^Invalid configuration: MODEL_PATH must name the MedGemma GGUF file in production/)]);
  });

  it('refuses MODEL_PATH pointing at the random-weight demo model', async () => {
    const demo = await writeDemoModel(await mkdtemp(path.join(folder, 'demo-')));
    const sut = await refusal({ ...env, MODEL_PATH: demo }, await mkdtemp(path.join(folder, 'data-')));
    expect(sut.code).toBe(1);
    expect(sut.lines).toEqual([
      `Invalid configuration: MODEL_PATH=${demo} is the random-weight demo model, not for production; point it at the MedGemma GGUF file`,
    ]);
  });

  it('refuses to start without TOTP_ENCRYPTION_KEY while privileged users must use MFA', async () => {
    const rest = without(env, 'TOTP_ENCRYPTION_KEY_FILE');
    const sut = await refusal(rest, await mkdtemp(path.join(folder, 'data-')));
    expect(sut.code).toBe(1);
    expect(sut.lines).toEqual([expect.stringMatching(/^Invalid configuration: TOTP_ENCRYPTION_KEY \(or TOTP_ENCRYPTION_KEY_FILE\) must be set in production/)]);
  });

  it('names a secret file that cannot be read, never its content', async () => {
    const missing = path.join(folder, 'no-such-file');
    const sut = await refusal({ ...env, JWT_SECRET_FILE: missing }, await mkdtemp(path.join(folder, 'data-')));
    expect(sut.code).toBe(1);
    expect(sut.lines).toEqual([`Invalid configuration: JWT_SECRET_FILE=${missing} cannot be read (ENOENT)`]);
  });

  it('refuses a secret given both inline and as a file', async () => {
    const sut = await refusal({ ...env, JWT_SECRET: 'f3a1'.repeat(16) }, await mkdtemp(path.join(folder, 'data-')));
    expect(sut.lines).toEqual(['Invalid configuration: set JWT_SECRET or JWT_SECRET_FILE, not both']);
  });

  it('refuses a weak secret that arrives through a file like one in the environment', async () => {
    const weakDir = await mkdtemp(path.join(folder, 'weak-'));
    const weakFile = path.join(weakDir, 'jwt_secret');
    await import('node:fs/promises').then((fs) => fs.writeFile(weakFile, `${'x'.repeat(40)}\n`, { mode: 0o600 }));
    const sut = await refusal({ ...env, JWT_SECRET_FILE: weakFile }, await mkdtemp(path.join(folder, 'data-')));
    expect(sut.lines).toEqual([expect.stringMatching(/^Invalid configuration: JWT_SECRET .*too easy to guess.*\(value hidden\)$/)]);
  });
});

describe('npm run secrets', () => {
  let folder: string;

  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'medlocal-secrets-'));
  });

  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('writes every secret owner-only into an owner-only folder, and production starts with them', async () => {
    const secretsDir = path.join(folder, 'secrets');
    const { env } = await generateSecrets(secretsDir, ['--database-host', '127.0.0.1']);
    expect((await stat(secretsDir)).mode & 0o777).toBe(0o700);
    const files = (await readdir(secretsDir)).sort();
    expect(files).toEqual([
      'admin_password',
      'audit_hmac_keys.json',
      'batch_work_key',
      'database_url',
      'jwt_secret',
      'metrics_token',
      'postgres_password',
      'secrets.env',
      'totp_encryption_key',
    ]);
    for (const file of files) expect({ file, mode: (await stat(path.join(secretsDir, file))).mode & 0o777 }).toEqual({ file, mode: 0o600 });
    expect(Object.keys(env).sort()).toEqual([
      'ADMIN_PASSWORD_FILE',
      'AUDIT_HMAC_KEY_FILE',
      'BATCH_WORK_KEY_FILE',
      'DATABASE_URL_FILE',
      'JWT_SECRET_FILE',
      'METRICS_TOKEN_FILE',
      'TOTP_ENCRYPTION_KEY_FILE',
    ]);
    // secrets.env names files only: no secret value is in it.
    const listing = await readFile(path.join(secretsDir, 'secrets.env'), 'utf8');
    expect(listing).not.toContain((await readFile(path.join(secretsDir, 'jwt_secret'), 'utf8')).trim());

    const embedded = without(env, 'DATABASE_URL_FILE');
    const sut = await spawnApi({
      MEDLOCAL_MODE: 'production',
      ...embedded,
      ADMIN_USERNAME: 'it.chief',
      MODEL_PATH: await writeStandInModel(folder),
      DATA_DIR: await mkdtemp(path.join(folder, 'data-')),
    });
    try {
      const password = (await readFile(env['ADMIN_PASSWORD_FILE'], 'utf8')).trim();
      const login = await fetch(`${sut.baseUrl}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'it.chief', password }),
      });
      expect(login.status).toBe(200);
      const { accessToken, user } = (await login.json()) as { accessToken: string; user: { restriction: string | null } };
      expect(user.restriction).toBe('mfa_enrolment');
      // The generated TOTP key seals the admin's enrolment: no 503 at the second factor.
      const enrol = await fetch(`${sut.baseUrl}/api/auth/mfa/enrol`, { method: 'POST', headers: { authorization: `Bearer ${accessToken}` } });
      expect(enrol.status).toBeLessThan(300);
      // The metrics token from its file opens /metrics.
      const token = (await readFile(env['METRICS_TOKEN_FILE'], 'utf8')).trim();
      expect((await fetch(`${sut.baseUrl}/metrics`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
    } finally {
      expect(await sut.stop()).toBe(0);
    }
  });

  it('keeps existing secrets on a second run (a key that sealed data is never replaced)', async () => {
    const secretsDir = path.join(folder, 'again');
    await generateSecrets(secretsDir);
    const before = await readFile(path.join(secretsDir, 'totp_encryption_key'), 'utf8');
    const { stdout } = await generateSecrets(secretsDir);
    expect(stdout).toMatch(/0 generated, 7 kept/);
    expect(await readFile(path.join(secretsDir, 'totp_encryption_key'), 'utf8')).toBe(before);
  });
});
