import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { AuditHmac, ensureAuditKeyFile, loadAuditHmac, rotateAuditKeyFile } from './audit-hmac';

describe(AuditHmac.name, () => {
  let dataDir: string;

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'medlocal-hmac-'));
  });

  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('digests with the current key and verifies only the right text', () => {
    const sut = new AuditHmac({ keyId: 'k1', key: Buffer.alloc(32, 7) });
    const digest = sut.digest('65岁男性，胸痛2小时');
    expect(digest).toEqual({
      inputHmac: expect.stringMatching(/^[0-9a-f]{64}$/),
      hmacKeyId: 'k1',
    });
    expect(sut.matches('65岁男性，胸痛2小时', digest)).toBe(true);
    expect(sut.matches('65岁男性，胸痛3小时', digest)).toBe(false);
    expect(sut.matches('65岁男性，胸痛2小时', { ...digest, hmacKeyId: 'unknown' })).toBe(false);
  });

  it('never shows a key through JSON or inspect', () => {
    const key = Buffer.alloc(32, 0xab);
    const sut = new AuditHmac({ keyId: 'k1', key });
    const shown = `${JSON.stringify(sut)} ${inspect(sut, { depth: 5, showHidden: true })}`;
    expect(shown).not.toContain(key.toString('hex'));
    expect(shown).not.toContain(key.toString('base64'));
  });

  it('refuses a key shorter than 32 bytes', async () => {
    await expect(loadAuditHmac({ envKey: 'ab'.repeat(32) })).resolves.toBeInstanceOf(AuditHmac);
    await expect(loadAuditHmac({ envKey: 'ab'.repeat(31) })).rejects.toMatchObject({ code: 'AUDIT_HMAC_KEY_INVALID' });
    await expect(loadAuditHmac({})).rejects.toMatchObject({
      code: 'AUDIT_HMAC_KEY_INVALID',
    });
  });

  it('reads AUDIT_HMAC_KEY as hex or base64 with a stable, key-free key id', async () => {
    const key = Buffer.alloc(32, 3);
    const fromHex = await loadAuditHmac({ envKey: key.toString('hex') });
    const fromBase64 = await loadAuditHmac({ envKey: key.toString('base64') });
    expect(fromHex.currentKeyId).toBe(fromBase64.currentKeyId);
    expect(fromHex.digest('x')).toEqual(fromBase64.digest('x'));
    expect(fromHex.currentKeyId).not.toContain(key.toString('hex').slice(0, 8));
  });

  it('generates a private key file once and keeps old keys verifiable after rotation', async () => {
    const first = await ensureAuditKeyFile(dataDir);
    expect(first.generated).toBe(true);
    expect((await stat(first.path)).mode & 0o777).toBe(0o600);
    expect(await ensureAuditKeyFile(dataDir)).toEqual({
      path: first.path,
      generated: false,
    });

    const before = await loadAuditHmac({ keyFilePath: first.path });
    const oldDigest = before.digest('question');
    const { currentKeyId } = await rotateAuditKeyFile(first.path);
    const after = await loadAuditHmac({ keyFilePath: first.path });
    expect(after.currentKeyId).toBe(currentKeyId);
    expect(after.currentKeyId).not.toBe(before.currentKeyId);
    expect(after.matches('question', oldDigest)).toBe(true);
    expect(after.digest('question').inputHmac).not.toBe(oldDigest.inputHmac);
    expect(JSON.parse(await readFile(first.path, 'utf8')).keys).toHaveLength(2);
  });

  it('lets AUDIT_HMAC_KEY take over while the file keys still verify old events', async () => {
    const { path } = await ensureAuditKeyFile(dataDir);
    const oldDigest = (await loadAuditHmac({ keyFilePath: path })).digest('question');
    const sut = await loadAuditHmac({
      envKey: Buffer.alloc(32, 9).toString('hex'),
      keyFilePath: path,
    });
    expect(sut.currentKeyId).toMatch(/^env-/);
    expect(sut.matches('question', oldDigest)).toBe(true);
  });
});
