import { Inject, Injectable } from '@nestjs/common';
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { DATA_SOURCE } from '../../database/database.tokens';
import { ACCOUNTS_KEYS, type AccountsKeys } from '../common/accounts-keys';
import type { OidcGrant } from './oidc-relying-party.port';

const VERSION = 'v1';

/**
 * The IdP tokens a session needs for its re-checks, at rest: AES-256-GCM under a key of its own
 * (derived from the session signing key), bound to the user as associated data, in
 * `session.idp_grant`. Ending a session clears the column (SessionService), so the IdP's refresh
 * token lives no longer than the MedLocal session it serves.
 */
@Injectable()
export class OidcGrantVault {
  private readonly key: Buffer;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(ACCOUNTS_KEYS) keys: AccountsKeys,
  ) {
    this.key = Buffer.from(hkdfSync('sha256', keys.jwtKey, new Uint8Array(0), 'medlocal oidc grant', 32));
  }

  /** The grant sealed for one user: what a new session (or the second-factor challenge on its way to one) carries. */
  seal(params: { grant: OidcGrant; userId: string }): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(params.userId));
    const plain = JSON.stringify({ s: params.grant.sub, r: params.grant.refreshToken, a: params.grant.accessToken });
    const ciphertext = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return [VERSION, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), ciphertext.toString('base64url')].join(':');
  }

  /** The grant, or null when the sealed text is missing, altered, or sealed for another user or key. */
  open(params: { sealed: string | null; userId: string }): OidcGrant | null {
    const [version, iv, tag, ciphertext] = params.sealed?.split(':') ?? [];
    if (version !== VERSION || !iv || !tag || !ciphertext) return null;
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64url'));
      decipher.setAAD(Buffer.from(params.userId));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      const plain = JSON.parse(Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8')) as {
        s?: unknown;
        r?: unknown;
        a?: unknown;
      };
      if (typeof plain.s !== 'string') return null;
      return { sub: plain.s, refreshToken: typeof plain.r === 'string' ? plain.r : null, accessToken: typeof plain.a === 'string' ? plain.a : null };
    } catch {
      return null;
    }
  }

  async load(params: { sessionId: string; userId: string }): Promise<OidcGrant | null> {
    const rows = (await this.dataSource.query(`SELECT idp_grant FROM session WHERE id = $1 AND revoked_at IS NULL`, [params.sessionId])) as {
      idp_grant: string | null;
    }[];
    return this.open({ sealed: rows[0]?.idp_grant ?? null, userId: params.userId });
  }

  /** Keeps the grant the IdP answered with (a rotated refresh token), unless the session ended meanwhile. */
  async replace(params: { sessionId: string; userId: string; grant: OidcGrant }): Promise<void> {
    await this.dataSource.query(`UPDATE session SET idp_grant = $2 WHERE id = $1 AND revoked_at IS NULL`, [params.sessionId, this.seal(params)]);
  }
}
