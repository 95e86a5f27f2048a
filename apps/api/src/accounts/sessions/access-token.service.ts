import { Inject, Injectable } from '@nestjs/common';
import { jwtVerify, SignJWT, type JWTPayload } from 'jose';
import { randomUUID } from 'node:crypto';
import { APP_CONFIG, type AppConfig } from '../../config';
import { AccountsError, AccountsErrorCode } from '../accounts.errors';
import { ACCOUNTS_KEYS, type AccountsKeys } from '../common/accounts-keys';
import { CLOCK, type Clock } from '../common/clock';
import type { Role } from '../../common/access/roles';

const ISSUER = 'medlocal';
const ACCESS_AUDIENCE = 'medlocal-api';
const MFA_AUDIENCE = 'medlocal-mfa';
const MFA_TOKEN_TTL_SECONDS = 300;

export interface AccessClaims {
  readonly sub: string;
  readonly roles: Role[];
  readonly dept: string | null;
  readonly sid: string;
}

/** HS256 only: `alg: none` and every other algorithm are refused by the verifier's allow-list. */
@Injectable()
export class AccessTokenService {
  constructor(
    @Inject(ACCOUNTS_KEYS) private readonly keys: AccountsKeys,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  get accessTokenTtlSeconds(): number {
    return this.config.auth.accessTokenTtlSeconds;
  }

  signAccess(claims: AccessClaims): Promise<string> {
    return this.sign({ roles: claims.roles, dept: claims.dept, sid: claims.sid }, claims.sub, ACCESS_AUDIENCE, this.accessTokenTtlSeconds);
  }

  async verifyAccess(token: string): Promise<AccessClaims> {
    const payload = await this.verify(token, ACCESS_AUDIENCE);
    if (typeof payload.sid !== 'string' || !Array.isArray(payload.roles)) {
      throw new AccountsError(AccountsErrorCode.InvalidToken, 'Access token is not valid');
    }
    return { sub: payload.sub as string, roles: payload.roles as Role[], dept: (payload.dept as string | null) ?? null, sid: payload.sid };
  }

  /**
   * Proof that the password step (or the IdP) passed; good for one second-factor attempt window. An
   * OpenID Connect sign-in carries its IdP grant, already sealed, to the session the code opens.
   */
  signMfaChallenge(userId: string, options: { idpGrant?: string | null } = {}): Promise<string> {
    return this.sign(options.idpGrant ? { idg: options.idpGrant } : {}, userId, MFA_AUDIENCE, MFA_TOKEN_TTL_SECONDS);
  }

  async verifyMfaChallenge(token: string): Promise<{ userId: string; idpGrant: string | null }> {
    const payload = await this.verify(token, MFA_AUDIENCE);
    return { userId: payload.sub as string, idpGrant: typeof payload['idg'] === 'string' ? payload['idg'] : null };
  }

  private sign(claims: JWTPayload, subject: string, audience: string, ttlSeconds: number): Promise<string> {
    const now = Math.floor(this.clock.now().getTime() / 1000);
    return new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(subject)
      .setIssuer(ISSUER)
      .setAudience(audience)
      .setIssuedAt(now)
      .setExpirationTime(now + ttlSeconds)
      .setJti(randomUUID())
      .sign(this.keys.jwtKey);
  }

  private async verify(token: string, audience: string): Promise<JWTPayload> {
    try {
      const { payload } = await jwtVerify(token, this.keys.jwtKey, {
        algorithms: ['HS256'],
        issuer: ISSUER,
        audience,
        currentDate: this.clock.now(),
        requiredClaims: ['sub', 'exp', 'iat'],
      });
      return payload;
    } catch {
      throw new AccountsError(AccountsErrorCode.InvalidToken, 'Token is not valid or has expired');
    }
  }
}
