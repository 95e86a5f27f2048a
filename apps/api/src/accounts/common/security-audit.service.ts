import { Inject, Injectable } from '@nestjs/common';
import type { AuditActionCode, AuditSummary } from '@medlocal/audit';
import { auditActorOf } from '../../common/audit/audit-actor.util';
import { AUDIT_RECORDER, type AuditActor, type AuditOutcome, type AuditRecorder, type AuditRecordInput } from '../../common/audit/audit-recorder.port';
import type { RequestContext } from '../../common/access/principal';
import type { Role } from '../../common/access/roles';

export interface ActorLike {
  readonly userId?: string;
  readonly id?: string;
  readonly username: string;
  readonly roles: readonly Role[];
  readonly departmentCode?: string | null;
}

/** Builds audit events for the accounts module: ids and codes only. */
@Injectable()
export class SecurityAuditService {
  constructor(@Inject(AUDIT_RECORDER) private readonly recorder: AuditRecorder) {}

  record(params: {
    action: AuditActionCode;
    outcome: AuditOutcome;
    actor?: ActorLike;
    context?: RequestContext;
    /** Only the audit trail's whitelisted keys (ids, codes, counts). */
    summary?: AuditSummary;
  }): Promise<void> {
    return this.recorder.record({
      action: params.action,
      outcome: params.outcome,
      actor: params.actor ? toActor(params.actor) : undefined,
      requestId: params.context?.requestId,
      clientAddress: params.context?.clientAddress,
      summary: params.summary as AuditRecordInput['summary'],
    });
  }
}

function toActor(actor: ActorLike): AuditActor {
  return auditActorOf({ userId: actor.userId ?? actor.id ?? '', username: actor.username, roles: actor.roles, departmentCode: actor.departmentCode });
}
