import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const VERSION = 'v1';

/** AES-256-GCM: `v1:<iv>:<tag>:<ciphertext>` (base64url); the user id is bound as associated data. */
export function sealTotpSecret(params: { secret: string; key: Buffer; userId: string }): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', params.key, iv);
  cipher.setAAD(Buffer.from(params.userId));
  const ciphertext = Buffer.concat([cipher.update(params.secret, 'utf8'), cipher.final()]);
  return [VERSION, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), ciphertext.toString('base64url')].join(':');
}

export function openTotpSecret(params: { sealed: string; key: Buffer; userId: string }): string {
  const [version, iv, tag, ciphertext] = params.sealed.split(':');
  if (version !== VERSION || !iv || !tag || !ciphertext) throw new Error('Unrecognised sealed TOTP secret');
  const decipher = createDecipheriv('aes-256-gcm', params.key, Buffer.from(iv, 'base64url'));
  decipher.setAAD(Buffer.from(params.userId));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
}
