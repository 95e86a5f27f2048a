import { randomBytes } from 'node:crypto';
import { openTotpSecret, sealTotpSecret } from './totp-cipher.util';

describe('TOTP secret sealing', () => {
  const key = randomBytes(32);
  const userId = '0c8a51a2-b882-488d-ae30-70acbc5e9e86';

  it('round-trips and never stores the secret in clear', () => {
    const sut = sealTotpSecret({ secret: 'JBSWY3DPEHPK3PXP', key, userId });
    expect(sut).toMatch(/^v1:/);
    expect(sut).not.toContain('JBSWY3DPEHPK3PXP');
    expect(openTotpSecret({ sealed: sut, key, userId })).toBe('JBSWY3DPEHPK3PXP');
  });

  it('refuses another key, another user and a flipped bit', () => {
    const sut = sealTotpSecret({ secret: 'JBSWY3DPEHPK3PXP', key, userId });
    expect(() => openTotpSecret({ sealed: sut, key: randomBytes(32), userId })).toThrow();
    expect(() => openTotpSecret({ sealed: sut, key, userId: '11111111-1111-4111-8111-111111111111' })).toThrow();
    const parts = sut.split(':');
    const ciphertext = Buffer.from(parts[3], 'base64url');
    ciphertext[0] ^= 1;
    expect(() => openTotpSecret({ sealed: [parts[0], parts[1], parts[2], ciphertext.toString('base64url')].join(':'), key, userId })).toThrow();
  });
});
