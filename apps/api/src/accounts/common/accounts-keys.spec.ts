import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ConfigurationError, type AppConfig } from '../../config';
import { resolveAccountsKeys } from './accounts-keys';

describe(resolveAccountsKeys.name, () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'medlocal-keys-'));
  });
  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });
  const config = (mode: 'demo' | 'production', auth: Partial<AppConfig['auth']> = {}) => ({ mode, dataDir, auth }) as unknown as AppConfig;

  it('refuses production without JWT_SECRET, naming the variable', () => {
    expect(() => resolveAccountsKeys(config('production'))).toThrow(ConfigurationError);
    expect(() => resolveAccountsKeys(config('production'))).toThrow(/JWT_SECRET must be set in production/);
  });

  it('leaves TOTP unavailable in production without TOTP_ENCRYPTION_KEY (enrolment fails closed)', () => {
    const sut = resolveAccountsKeys(config('production', { jwtSecret: 'x'.repeat(32) }));
    expect(sut.totpKey).toBeUndefined();
    expect(Buffer.from(sut.jwtKey).toString()).toBe('x'.repeat(32));
  });

  it('generates demo keys once into DATA_DIR with 0600 and reuses them', async () => {
    const first = resolveAccountsKeys(config('demo'));
    const second = resolveAccountsKeys(config('demo'));
    expect(Buffer.from(second.jwtKey).equals(Buffer.from(first.jwtKey))).toBe(true);
    expect(second.totpKey).toEqual(first.totpKey);
    expect(first.totpKey).toHaveLength(32);
    for (const file of ['jwt-secret.key', 'totp-encryption.key']) {
      expect(((await stat(path.join(dataDir, file))).mode & 0o777).toString(8)).toBe('600');
      expect((await readFile(path.join(dataDir, file), 'utf8')).trim()).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  it('uses the configured TOTP key', () => {
    const sut = resolveAccountsKeys(config('production', { jwtSecret: 'x'.repeat(32), totpEncryptionKey: 'ab'.repeat(32) }));
    expect(sut.totpKey?.toString('hex')).toBe('ab'.repeat(32));
  });
});
