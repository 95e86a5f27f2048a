import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config';
import { DATA_SOURCE } from '../../database/database.tokens';
import { CLOCK, type Clock } from '../common/clock';
import { randomToken, sha256Hex } from '../common/token-hash.util';
import { SessionEntity, SessionRefreshTokenEntity } from '../entities';
import { SessionsEndedEvents } from './sessions-ended.events';

/**
 * Writing last-seen on every request would turn reads into writes, so the database copy is written
 * at most once a minute. The idle decision uses the true last request this instance saw (kept in
 * memory) or the database copy, whichever is newer: exact with one instance. With several instances
 * sharing the database, a session whose last requests went to another instance can end up to this
 * long before its idle limit (never after it).
 */
export const LAST_SEEN_RESOLUTION_MS = 60_000;
/** Entries of sessions idle longer than the limit are dropped once the map has grown past this. */
const ACTIVITY_SWEEP_THRESHOLD = 1024;

export type RevokeReason =
  | 'logout'
  | 'password_change'
  | 'disabled'
  | 'admin_end_sessions'
  | 'refresh_reuse'
  | 'idle'
  | 'expired'
  | 'role_change'
  | 'local_sign_in_off';

export interface LiveSessionRow {
  readonly sessionId: string;
  readonly userId: string;
}

export type RotationResult =
  | { kind: 'rotated'; sessionId: string; userId: string; refreshToken: string }
  | { kind: 'reused'; sessionId: string; userId: string }
  | { kind: 'invalid' };

@Injectable()
export class SessionService {
  /** Session id → time (ms) of the last request this instance served for it. */
  private readonly lastActivity = new Map<string, number>();
  private sweepAt = ACTIVITY_SWEEP_THRESHOLD;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(SessionsEndedEvents) private readonly ended: SessionsEndedEvents,
  ) {}

  /** `idpGrant`: an OpenID Connect sign-in's IdP tokens, already sealed, kept for the re-checks at refresh. */
  async start(
    userId: string,
    manager: EntityManager = this.dataSource.manager,
    options: { idpGrant?: string | null } = {},
  ): Promise<{ sessionId: string; refreshToken: string }> {
    const now = this.clock.now();
    const sessionId = randomUUID();
    await manager.insert(SessionEntity, {
      id: sessionId,
      userId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + this.config.auth.absoluteTimeoutHours * 3_600_000),
      revokedAt: null,
      revokedReason: null,
      idpGrant: options.idpGrant ?? null,
    });
    const refreshToken = await this.issueRefreshToken(sessionId, manager);
    return { sessionId, refreshToken };
  }

  /**
   * Exchanges a refresh token for the next one. A token already exchanged means it was copied:
   * the whole family (the session) ends.
   */
  async rotate(refreshToken: string): Promise<RotationResult> {
    return this.dataSource.transaction(async (manager) => {
      const now = this.clock.now();
      const tokenHash = sha256Hex(refreshToken);
      const token = await manager.findOne(SessionRefreshTokenEntity, { where: { tokenHash }, lock: { mode: 'pessimistic_write' } });
      if (!token) return { kind: 'invalid' } as const;
      const session = await manager.findOneBy(SessionEntity, { id: token.sessionId });
      if (!session) return { kind: 'invalid' } as const;
      if (token.usedAt) {
        await this.revokeWith(manager, { sessionIds: [session.id], reason: 'refresh_reuse' });
        return { kind: 'reused', sessionId: session.id, userId: session.userId } as const;
      }
      if (!(await this.isLive(session, manager))) return { kind: 'invalid' } as const;
      await manager.update(SessionRefreshTokenEntity, { tokenHash }, { usedAt: now });
      // The console refreshes on a timer: a refresh is not the user's activity and leaves the idle clock alone.
      return { kind: 'rotated', sessionId: session.id, userId: session.userId, refreshToken: await this.issueRefreshToken(session.id, manager) } as const;
    });
  }

  /**
   * The open session a refresh token would rotate, without rotating it: for checks that must pass
   * before the exchange. Undefined for a token `rotate` would refuse (it then says why).
   */
  async refreshableSession(refreshToken: string): Promise<SessionEntity | undefined> {
    const token = await this.dataSource.manager.findOneBy(SessionRefreshTokenEntity, { tokenHash: sha256Hex(refreshToken) });
    if (!token || token.usedAt) return undefined;
    const session = await this.dataSource.manager.findOneBy(SessionEntity, { id: token.sessionId });
    return session && (await this.isLive(session, this.dataSource.manager)) ? session : undefined;
  }

  /**
   * The session behind an access token, if it is still open; ends it when it has run out. A request
   * that is not the user's activity (`@NotUserActivity()`: status polling) is served but does not
   * reset the idle clock.
   */
  async findLive(sessionId: string, options: { userActivity?: boolean } = {}): Promise<SessionEntity | undefined> {
    const session = await this.dataSource.manager.findOneBy(SessionEntity, { id: sessionId });
    if (!session || !(await this.isLive(session, this.dataSource.manager))) return undefined;
    if (options.userActivity === false) return session;
    const now = this.clock.now();
    this.touch(session.id, now.getTime());
    if (now.getTime() - session.lastSeenAt.getTime() > LAST_SEEN_RESOLUTION_MS) {
      // Never moves last-seen backwards when another instance wrote a newer one meanwhile.
      await this.dataSource.manager.query(`UPDATE session SET last_seen_at = $2 WHERE id = $1 AND last_seen_at < $2`, [session.id, now]);
    }
    return session;
  }

  async revoke(sessionId: string, reason: RevokeReason): Promise<void> {
    await this.revokeWith(this.dataSource.manager, { sessionIds: [sessionId], reason });
    if (reason === 'logout') {
      const session = await this.dataSource.manager.findOne(SessionEntity, { where: { id: sessionId } });
      if (session) await this.ended.emit({ userId: session.userId, reason });
    }
  }

  /** Ends every open session of a user (optionally but one); returns how many ended. */
  async revokeAllForUser(params: { userId: string; reason: RevokeReason; exceptSessionId?: string; manager?: EntityManager }): Promise<number> {
    const manager = params.manager ?? this.dataSource.manager;
    const rows: { id: string }[] = await manager
      .query(
        `UPDATE session SET revoked_at = $1, revoked_reason = $2, idp_grant = NULL
       WHERE user_id = $3 AND revoked_at IS NULL AND ($4::uuid IS NULL OR id <> $4::uuid) RETURNING id`,
        [this.clock.now(), params.reason, params.userId, params.exceptSessionId ?? null],
      )
      .then((result: unknown) => normaliseReturning(result));
    // A password change keeps the session it was made in: only an end of all of them ends the user's work.
    if (params.exceptSessionId === undefined) await this.ended.emit({ userId: params.userId, reason: params.reason });
    return rows.length;
  }

  private async isLive(session: SessionEntity, manager: EntityManager): Promise<boolean> {
    if (session.revokedAt) return false;
    const now = this.clock.now().getTime();
    if (now >= session.expiresAt.getTime()) {
      await this.revokeWith(manager, { sessionIds: [session.id], reason: 'expired' });
      return false;
    }
    const lastRequest = Math.max(session.lastSeenAt.getTime(), this.lastActivity.get(session.id) ?? 0);
    if (now - lastRequest >= this.config.auth.idleTimeoutMinutes * 60_000) {
      await this.revokeWith(manager, { sessionIds: [session.id], reason: 'idle' });
      return false;
    }
    return true;
  }

  private touch(sessionId: string, at: number): void {
    this.lastActivity.set(sessionId, Math.max(at, this.lastActivity.get(sessionId) ?? 0));
    if (this.lastActivity.size <= this.sweepAt) return;
    const idleMs = this.config.auth.idleTimeoutMinutes * 60_000;
    for (const [id, last] of this.lastActivity) if (at - last >= idleMs) this.lastActivity.delete(id);
    this.sweepAt = Math.max(ACTIVITY_SWEEP_THRESHOLD, this.lastActivity.size * 2);
  }

  private async revokeWith(manager: EntityManager, params: { sessionIds: string[]; reason: RevokeReason }): Promise<void> {
    for (const id of params.sessionIds) {
      this.lastActivity.delete(id);
      // An ended session's IdP tokens go with it.
      await manager.query(`UPDATE session SET revoked_at = $1, revoked_reason = $2, idp_grant = NULL WHERE id = $3 AND revoked_at IS NULL`, [
        this.clock.now(),
        params.reason,
        id,
      ]);
    }
  }

  private async issueRefreshToken(sessionId: string, manager: EntityManager): Promise<string> {
    const refreshToken = randomToken(32);
    await manager.insert(SessionRefreshTokenEntity, { tokenHash: sha256Hex(refreshToken), sessionId, issuedAt: this.clock.now(), usedAt: null });
    return refreshToken;
  }
}

/** TypeORM's postgres driver answers UPDATE … RETURNING as `[rows, count]`. */
function normaliseReturning(result: unknown): { id: string }[] {
  if (Array.isArray(result) && Array.isArray(result[0])) return result[0] as { id: string }[];
  return (result as { id: string }[]) ?? [];
}
