import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { RequestContext } from '../../common/access/principal';
import type { AuditOutcome } from '../../common/audit/audit-recorder.port';
import { DATA_SOURCE } from '../../database/database.tokens';
import { UserEntity } from '../entities';
import { SessionService } from '../sessions/session.service';
import { AccountLookupService } from './account-lookup.service';
import { CLOCK, type Clock } from './clock';
import { SecurityAuditService } from './security-audit.service';

/** The session being refreshed: its start was the last sign-in, when the directory or IdP confirmed the groups. */
export interface RefreshedSession {
  readonly sessionId: string;
  readonly startedAt: Date;
}

interface Recheck {
  readonly user: UserEntity;
  readonly session: RefreshedSession;
  readonly context: RequestContext;
}

/**
 * What a directory (LDAP) and an IdP (OpenID Connect) account's re-check at token refresh share, whatever asked:
 * the grace an outage gets, the audit of an unanswered re-check, the end of every session when access is gone, and
 * the time the access was last confirmed. Each `user.directory_sync` event names the session and the reason code.
 */
@Injectable()
export class SessionRecheckService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(AccountLookupService) private readonly lookup: AccountLookupService,
    @Inject(SessionService) private readonly sessions: SessionService,
    @Inject(SecurityAuditService) private readonly audit: SecurityAuditService,
  ) {}

  /**
   * The source did not answer: audited (`error` while the grace keeps the roles, `failure` once it is over).
   * True while the grace lasts: `graceMinutes` since the later of this session's sign-in and the last answered re-check.
   */
  async recordUnanswered(params: Recheck & { graceMinutes: number; reasonCode: string }): Promise<boolean> {
    const withinGrace = this.clock.now().getTime() - this.lastConfirmed(params).getTime() <= params.graceMinutes * 60_000;
    await this.record({ ...params, outcome: withinGrace ? 'error' : 'failure' });
    return withinGrace;
  }

  /** Access gone: every session of the user ends, audited as the same finding is at sign-in. */
  async endAllSessions(params: Recheck & { reasonCode: string }): Promise<void> {
    const ended = await this.sessions.revokeAllForUser({ userId: params.user.id, reason: 'role_change' });
    await this.record({ ...params, outcome: 'success', eventCount: ended });
  }

  /** The source answered and the access stands: the grace of a later outage counts from now. */
  async markConfirmed(userId: string): Promise<void> {
    await this.dataSource.manager.update(UserEntity, { id: userId }, { directoryCheckedAt: this.clock.now() });
  }

  /** The later of this session's sign-in and the last re-check (of any session of the user) the source answered. */
  private lastConfirmed(params: { user: UserEntity; session: RefreshedSession }): Date {
    const checked = params.user.directoryCheckedAt;
    return checked && checked > params.session.startedAt ? checked : params.session.startedAt;
  }

  private async record(params: Recheck & { outcome: AuditOutcome; reasonCode: string; eventCount?: number }): Promise<void> {
    await this.audit.record({
      action: 'user.directory_sync',
      outcome: params.outcome,
      actor: { ...params.user, departmentCode: await this.lookup.departmentCode(params.user.departmentId) },
      context: params.context,
      summary: {
        targetUserId: params.user.id,
        targetType: 'session',
        targetId: params.session.sessionId,
        reasonCode: params.reasonCode,
        ...(params.eventCount === undefined ? {} : { eventCount: params.eventCount }),
      },
    });
  }
}
