import { Inject, Injectable } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import { DATA_SOURCE } from '../../database/database.tokens';
import { AccountsError, AccountsErrorCode } from '../accounts.errors';
import { CLOCK, type Clock } from '../common/clock';
import { canManageUser, type ManagedUser } from '../access/can-manage-user.util';
import { isGlobalAdmin, type Principal, type RequestContext } from '../../common/access/principal';
import type { AdminScope, Role } from '../../common/access/roles';
import { SecurityAuditService } from '../common/security-audit.service';
import { DepartmentEntity, UserEntity } from '../entities';
import { generateOneTimePassword } from '../password/one-time-password.util';
import { PasswordService } from '../password/password.service';
import { SessionService } from '../sessions/session.service';
import { newUserRecord } from './new-user-record.util';
import { toUserView, type UserView } from './user-view.util';

export interface NewUser {
  readonly username: string;
  readonly displayName: string;
  readonly departmentId?: string | null;
  readonly roles: Role[];
  readonly adminScope?: AdminScope | null;
  /** When absent a one-time password is generated and returned once. */
  readonly password?: string;
}

export interface UserChanges {
  readonly displayName?: string;
  readonly departmentId?: string | null;
  readonly roles?: Role[];
  readonly adminScope?: AdminScope | null;
  readonly status?: 'active' | 'disabled';
}

export interface UserWithPassword {
  readonly user: UserView;
  /** Present when MedLocal generated the password: shown once, must be changed at first sign-in. */
  readonly oneTimePassword?: string;
}

/**
 * User administration with separation of duties (三员分立). Who may see and act on whom is
 * `canManageUser` alone (department admins: clinicians and researchers of their own department; no
 * admin: auditors, who are the server operator's through the admin CLI); the same rule, applied to
 * the account as it would be afterwards, decides what may be granted, and every refusal is audited
 * (`access.denied`). No account is both admin and auditor, and the last active global admin cannot
 * be demoted or disabled.
 */
@Injectable()
export class UsersService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(PasswordService) private readonly passwords: PasswordService,
    @Inject(SessionService) private readonly sessions: SessionService,
    @Inject(SecurityAuditService) private readonly audit: SecurityAuditService,
  ) {}

  async list(principal: Principal): Promise<UserView[]> {
    const candidates = await this.dataSource.manager.find(UserEntity, {
      where: isGlobalAdmin(principal) ? {} : { departmentId: principal.departmentId ?? '00000000-0000-0000-0000-000000000000' },
      order: { username: 'ASC' },
    });
    const users = candidates.filter((user) => canManageUser({ actor: principal, target: user }));
    const departments = await this.departmentsById(this.dataSource.manager);
    const now = this.clock.now();
    return users.map((user) => toUserView({ user, department: departments.get(user.departmentId ?? '') ?? null, now }));
  }

  async get(params: { principal: Principal; id: string; context: RequestContext }): Promise<UserView> {
    return this.view(await this.manageableUser(params), this.dataSource.manager);
  }

  async create(params: { principal: Principal; user: NewUser; context: RequestContext }): Promise<UserWithPassword> {
    const { principal, context } = params;
    const username = params.user.username.toLowerCase();
    const departmentId = params.user.departmentId ?? (isGlobalAdmin(principal) ? null : principal.departmentId);
    const adminScope = params.user.roles.includes('admin') ? (params.user.adminScope ?? (departmentId ? 'department' : 'global')) : null;
    const initialPassword = params.user.password ?? generateOneTimePassword();
    const oneTimePassword = params.user.password ? undefined : initialPassword;
    const grant = { roles: params.user.roles, adminScope, departmentId };
    await this.auditedGrant({ principal, context, grant }, () => this.assertGrantable(principal, grant));
    const fields = await this.passwords.accept({ password: initialPassword, username });
    const created = await this.dataSource.transaction(async (manager) => {
      this.assertGrantable(principal, grant);
      await this.assertDepartmentAssignable(manager, departmentId, null);
      const existing = await manager.findOneBy(UserEntity, { username });
      if (existing) {
        this.assertLocal(existing);
        throw new AccountsError(AccountsErrorCode.UsernameTaken, `Username ${username} is taken`);
      }
      const now = this.clock.now();
      const user = newUserRecord({
        username,
        displayName: params.user.displayName,
        departmentId,
        roles: params.user.roles,
        adminScope,
        password: fields,
        mustChangePassword: true,
        now,
      });
      await manager.insert(UserEntity, user);
      return this.view(user, manager);
    });
    await this.audit.record({
      action: 'user.create',
      outcome: 'success',
      actor: principal,
      context,
      summary: {
        targetUserId: created.id,
        rolesAfter: created.roles,
        targetDepartment: created.department?.code ?? 'none',
        reasonCode: oneTimePassword ? 'generated_password' : 'admin_set_password',
      },
    });
    return { user: created, ...(oneTimePassword ? { oneTimePassword } : {}) };
  }

  async update(params: { principal: Principal; id: string; changes: UserChanges; context: RequestContext }): Promise<UserView> {
    const { principal, changes, context } = params;
    const managed = await this.manageableUser(params);
    if (DIRECTORY_OWNED_FIELDS.some((field) => changes[field] !== undefined)) this.assertLocal(managed);
    let attempted: ManagedUser | undefined;
    const outcome = await this.auditedGrant({ principal, context, grant: () => attempted, targetUserId: params.id }, () =>
      this.dataSource.transaction(async (manager) => {
        // Changes that can take away a global admin run one at a time, before any row is locked: two admins
        // demoting each other would otherwise each hold their target's row and wait for the other's (deadlock).
        if (changes.roles !== undefined || changes.status !== undefined || changes.adminScope !== undefined) {
          await manager.query('SELECT pg_advisory_xact_lock($1)', [GLOBAL_ADMIN_CHANGES_LOCK]);
        }
        const before = await this.visibleUser(principal, params.id, manager, true);
        const roles = changes.roles ? [...new Set(changes.roles)] : before.roles;
        const departmentId = changes.departmentId !== undefined ? changes.departmentId : before.departmentId;
        const adminScope = roles.includes('admin') ? (changes.adminScope ?? before.adminScope ?? (departmentId ? 'department' : 'global')) : null;
        const status = changes.status === 'disabled' ? 'disabled' : changes.status === 'active' && before.status === 'disabled' ? 'active' : before.status;
        const rolesChanged = !sameSet(roles, before.roles) || adminScope !== before.adminScope;
        attempted = { roles, adminScope, departmentId };
        if (rolesChanged || departmentId !== before.departmentId) this.assertGrantable(principal, attempted);
        await this.assertDepartmentAssignable(manager, departmentId, before.departmentId);
        const after: UserEntity = {
          ...before,
          displayName: changes.displayName ?? before.displayName,
          roles,
          departmentId,
          adminScope,
          status,
          updatedAt: this.clock.now(),
        };
        if (isGlobalAdmin(before) && before.status !== 'disabled' && (!isGlobalAdmin(after) || after.status === 'disabled')) {
          await this.assertAnotherGlobalAdmin(manager, before.id);
        }
        await manager.update(
          UserEntity,
          { id: before.id },
          {
            displayName: after.displayName,
            roles: after.roles,
            departmentId: after.departmentId,
            adminScope: after.adminScope,
            status: after.status,
            updatedAt: after.updatedAt,
          },
        );
        const disabled = before.status !== 'disabled' && after.status === 'disabled';
        const sessionsEnded = disabled ? await this.sessions.revokeAllForUser({ userId: before.id, reason: 'disabled', manager }) : 0;
        return { view: await this.view(after, manager), before, rolesChanged, disabled, sessionsEnded };
      }),
    );
    const target = { targetUserId: outcome.view.id };
    await this.audit.record({
      action: 'user.update',
      outcome: 'success',
      actor: principal,
      context,
      summary: { ...target, changedFields: Object.keys(changes).sort() },
    });
    if (outcome.rolesChanged) {
      await this.audit.record({
        action: 'user.role_change',
        outcome: 'success',
        actor: principal,
        context,
        summary: {
          ...target,
          rolesBefore: withScope(outcome.before.roles, outcome.before.adminScope),
          rolesAfter: withScope(outcome.view.roles, outcome.view.adminScope),
        },
      });
    }
    if (outcome.disabled) {
      await this.audit.record({
        action: 'user.disable',
        outcome: 'success',
        actor: principal,
        context,
        summary: { ...target, targetType: 'session', eventCount: outcome.sessionsEnded },
      });
    }
    return outcome.view;
  }

  async resetPassword(params: { principal: Principal; id: string; context: RequestContext }): Promise<UserWithPassword> {
    this.assertLocal(await this.manageableUser(params));
    const oneTimePassword = generateOneTimePassword();
    const view = await this.dataSource.transaction(async (manager) => {
      const user = await this.visibleUser(params.principal, params.id, manager, true);
      const fields = await this.passwords.accept({ password: oneTimePassword, username: user.username, user });
      const changed: UserEntity = { ...user, ...fields, mustChangePassword: true, updatedAt: this.clock.now() };
      await manager.update(UserEntity, { id: user.id }, { ...fields, mustChangePassword: true, updatedAt: changed.updatedAt });
      await this.sessions.revokeAllForUser({ userId: user.id, reason: 'admin_end_sessions', manager });
      return this.view(changed, manager);
    });
    await this.audit.record({
      action: 'user.reset_password',
      outcome: 'success',
      actor: params.principal,
      context: params.context,
      summary: { targetUserId: view.id },
    });
    return { user: view, oneTimePassword };
  }

  async unlock(params: { principal: Principal; id: string; context: RequestContext }): Promise<UserView> {
    await this.manageableUser(params);
    const view = await this.dataSource.transaction(async (manager) => {
      const user = await this.visibleUser(params.principal, params.id, manager, true);
      const status = user.status === 'locked' ? 'active' : user.status;
      const changed: UserEntity = { ...user, status, failedAttempts: 0, lockedUntil: null, updatedAt: this.clock.now() };
      await manager.update(UserEntity, { id: user.id }, { status, failedAttempts: 0, lockedUntil: null, updatedAt: changed.updatedAt });
      return this.view(changed, manager);
    });
    await this.audit.record({
      action: 'user.unlock',
      outcome: 'success',
      actor: params.principal,
      context: params.context,
      summary: { targetUserId: view.id },
    });
    return view;
  }

  async endSessions(params: { principal: Principal; id: string; context: RequestContext }): Promise<{ sessionsEnded: number }> {
    const user = await this.manageableUser(params);
    const sessionsEnded = await this.sessions.revokeAllForUser({ userId: user.id, reason: 'admin_end_sessions' });
    await this.audit.record({
      action: 'user.end_sessions',
      outcome: 'success',
      actor: params.principal,
      context: params.context,
      summary: { targetUserId: user.id, targetType: 'session', eventCount: sessionsEnded },
    });
    return { sessionsEnded };
  }

  /**
   * The user if this admin may manage it; otherwise "not found", so ids beyond one's reach reveal
   * nothing. An existing user out of reach is an attempt worth auditing (`access.denied`).
   */
  private async manageableUser(params: { principal: Principal; id: string; context: RequestContext }): Promise<UserEntity> {
    const user = await this.dataSource.manager.findOneBy(UserEntity, { id: params.id });
    if (user && !canManageUser({ actor: params.principal, target: user })) {
      await this.audit.record({
        action: 'access.denied',
        outcome: 'failure',
        actor: params.principal,
        context: params.context,
        summary: { reasonCode: 'target_out_of_scope', targetUserId: user.id },
      });
    }
    if (!user || !canManageUser({ actor: params.principal, target: user })) throw new AccountsError(AccountsErrorCode.UserNotFound, 'User not found');
    return user;
  }

  /** The same rule again, on the row locked for the change: its roles may have changed since the first read. */
  private async visibleUser(principal: Principal, id: string, manager: EntityManager, lock = false): Promise<UserEntity> {
    const user = await manager.findOne(UserEntity, { where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!user || !canManageUser({ actor: principal, target: user })) throw new AccountsError(AccountsErrorCode.UserNotFound, 'User not found');
    return user;
  }

  /**
   * Runs `work`; a grant it refuses (NOT_GRANTABLE) is audited as `access.denied` once the work, and so
   * its transaction, is over (the audit writes through its own connection), then thrown on.
   */
  private async auditedGrant<T>(
    params: { principal: Principal; context: RequestContext; grant: ManagedUser | (() => ManagedUser | undefined); targetUserId?: string },
    work: () => T | Promise<T>,
  ): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (!(error instanceof AccountsError) || error.code !== AccountsErrorCode.NotGrantable) throw error;
      const grant = typeof params.grant === 'function' ? params.grant() : params.grant;
      await this.audit.record({
        action: 'access.denied',
        outcome: 'failure',
        actor: params.principal,
        context: params.context,
        summary: {
          reasonCode: 'role_not_grantable',
          ...(params.targetUserId ? { targetUserId: params.targetUserId } : {}),
          ...(grant ? { rolesAfter: withScope(grant.roles, grant.adminScope) } : {}),
        },
      });
      throw error;
    }
  }

  /**
   * The hospital directory owns a directory account's password, roles, department and name (set again
   * at every sign-in and token refresh): an edit here would be silently undone, so it is refused by name.
   */
  private assertLocal(user: UserEntity): void {
    if (user.source === 'local') return;
    throw new AccountsError(
      AccountsErrorCode.DirectoryManagedAccount,
      `${user.username} signs in with the hospital directory, which owns its password, roles, department and name: change them there (its groups); here it can only be disabled, enabled, unlocked or signed out`,
    );
  }

  /** The account as it would be afterwards must be one this admin may manage: nobody grants beyond his own reach. */
  private assertGrantable(principal: Principal, target: ManagedUser): void {
    if (target.roles.includes('admin') && target.roles.includes('auditor')) {
      throw new AccountsError(AccountsErrorCode.NotGrantable, 'One account cannot be both admin and auditor (separation of duties)');
    }
    if (canManageUser({ actor: principal, target })) return;
    if (target.roles.includes('auditor')) {
      throw new AccountsError(
        AccountsErrorCode.NotGrantable,
        'No admin grants the auditor role (separation of duties): the server operator creates auditors with the admin CLI',
      );
    }
    if (target.roles.includes('admin')) throw new AccountsError(AccountsErrorCode.NotGrantable, 'Only a global admin can grant the admin role, of any scope');
    throw new AccountsError(AccountsErrorCode.NotGrantable, 'A department admin manages only their own department');
  }

  private async assertAnotherGlobalAdmin(manager: EntityManager, exceptUserId: string): Promise<void> {
    const rows: { id: string }[] = await manager.query(
      `SELECT id FROM app_user WHERE 'admin' = ANY(roles) AND admin_scope = 'global' AND status <> 'disabled' AND id <> $1 FOR UPDATE`,
      [exceptUserId],
    );
    if (rows.length === 0) throw new AccountsError(AccountsErrorCode.LastGlobalAdmin, 'The last active global admin cannot be demoted or disabled');
  }

  /** A user keeps a department retired under them; nobody is newly given one. */
  private async assertDepartmentAssignable(manager: EntityManager, departmentId: string | null, currentDepartmentId: string | null): Promise<void> {
    if (!departmentId) return;
    const department = await manager.findOneBy(DepartmentEntity, { id: departmentId });
    if (!department) throw new AccountsError(AccountsErrorCode.DepartmentNotFound, 'Department not found');
    if (department.retiredAt && departmentId !== currentDepartmentId) {
      throw new AccountsError(AccountsErrorCode.DepartmentRetired, `Department ${department.code} is retired and takes no new users`);
    }
  }

  private async view(user: UserEntity, manager: EntityManager): Promise<UserView> {
    const department = user.departmentId ? await manager.findOneBy(DepartmentEntity, { id: user.departmentId }) : null;
    return toUserView({ user, department, now: this.clock.now() });
  }

  private async departmentsById(manager: EntityManager): Promise<Map<string, DepartmentEntity>> {
    return new Map((await manager.find(DepartmentEntity)).map((department) => [department.id, department]));
  }
}

/** What an admin may not change on a directory account: the directory sets it. */
const DIRECTORY_OWNED_FIELDS = ['roles', 'adminScope', 'departmentId', 'displayName'] as const satisfies readonly (keyof UserChanges)[];

/** Advisory lock key (any constant unique in MedLocal) that serialises role and status changes of users. */
const GLOBAL_ADMIN_CHANGES_LOCK = 0x6d6c_4741; // "mlGA"

/** Roles as audit codes, the admin scope included (`scope:global`). */
function withScope(roles: readonly string[], scope: string | null): string[] {
  return scope ? [...roles, `scope:${scope}`] : [...roles];
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item) => b.includes(item));
}
