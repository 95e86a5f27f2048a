import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One sign-in: its id is the `sid` claim and the family id of its rotating refresh tokens. */
@Entity({ name: 'session' })
export class SessionEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'last_seen_at', type: 'timestamptz' })
  lastSeenAt!: Date;

  /** Absolute end (SESSION_ABSOLUTE_TIMEOUT_HOURS after sign-in), whatever the activity. */
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ name: 'revoked_reason', type: 'varchar', length: 32, nullable: true })
  revokedReason!: string | null;

  /** OpenID Connect sessions: the IdP's tokens, sealed (`OidcGrantVault`); null once the session ends. Not read with the session on each request. */
  @Column({ name: 'idp_grant', type: 'text', nullable: true, select: false })
  idpGrant?: string | null;
}

/** A refresh token of a session, stored as its SHA-256; a used one presented again revokes the family. */
@Entity({ name: 'session_refresh_token' })
export class SessionRefreshTokenEntity {
  @PrimaryColumn({ name: 'token_hash', type: 'char', length: 64 })
  tokenHash!: string;

  @Column({ name: 'session_id', type: 'uuid' })
  sessionId!: string;

  @Column({ name: 'issued_at', type: 'timestamptz' })
  issuedAt!: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt!: Date | null;
}
