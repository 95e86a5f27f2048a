import { Inject, Injectable, Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config';
import { DATA_SOURCE } from '../../database/database.tokens';
import type { RequestContext } from '../../common/access/principal';
import { AccountsError, AccountsErrorCode } from '../accounts.errors';
import { AccountLookupService } from '../common/account-lookup.service';
import { CLOCK, type Clock } from '../common/clock';
import { SecurityAuditService } from '../common/security-audit.service';
import { DepartmentEntity, UserEntity } from '../entities';
import { SessionService } from '../sessions/session.service';
import { newUserRecord } from '../users/new-user-record.util';
import { mapDirectoryGroups, type DirectoryAccess } from './group-mapping.util';

/**
 * Stands in the password column of directory accounts: no Argon2 hash, so no password ever
 * verifies against it; the directory checks the password and MedLocal never sees it again.
 */
export const DIRECTORY_PASSWORD_HASH = '!directory';

/** Who vouches for an account MedLocal does not hold the password of. */
export type ExternalSource = 'ldap' | 'oidc';

const NO_ACCESS_MESSAGE = 'Your directory account is in no group that gives access to MedLocal; ask IT to add you to a MedLocal group';

/**
 * Directory accounts after the directory accepted the password: made at the first sign-in, roles,
 * department and name brought in line with the directory's groups at every one, refused (and their
 * sessions ended) when no mapped group is left. Every change is audited.
 */
@Injectable()
export class DirectoryAccountsService {
  private readonly logger = new Logger('Directory');

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(AccountLookupService) private readonly lookup: AccountLookupService,
    @Inject(SessionService) private readonly sessions: SessionService,
    @Inject(SecurityAuditService) private readonly audit: SecurityAuditService,
  ) {}

  /**
   * The account to sign in, provisioned or updated; throws DIRECTORY_NO_MAPPED_GROUP when the groups give no access.
   * `source` says who vouched for the person: the LDAP directory (LDAP_GROUP_MAPPING_FILE) or the OpenID Connect IdP (OIDC_ROLE_MAPPING_FILE).
   */
  async reconcile(params: {
    username: string;
    displayName: string;
    groupDns: readonly string[];
    user: UserEntity | null;
    context: RequestContext;
    source?: ExternalSource;
  }): Promise<UserEntity> {
    const source = params.source ?? 'ldap';
    const access =
      source === 'oidc'
        ? mapDirectoryGroups({ groupDns: params.groupDns, rules: this.config.auth.oidc?.groupRules ?? [] })
        : mapDirectoryGroups({
            groupDns: params.groupDns,
            rules: this.config.auth.directory?.groupRules ?? [],
            bareNamesUnder: this.config.auth.directory?.groupSearchBase ?? '',
          });
    if (access.kind !== 'mapped') return this.refuseWithoutAccess({ access, user: params.user, context: params.context });
    const department = access.departmentCode ? await this.dataSource.manager.findOneBy(DepartmentEntity, { code: access.departmentCode }) : null;
    if (access.departmentCode && !department) {
      this.logger.error(
        { event: 'directory.department_missing', department: access.departmentCode },
        `${source === 'oidc' ? 'OIDC_ROLE_MAPPING_FILE' : 'LDAP_GROUP_MAPPING_FILE'} names department ${access.departmentCode}, which MedLocal does not have: create it under Admin → Departments`,
      );
      await this.refusalAudit({ user: params.user, context: params.context, reasonCode: 'mapped_department_missing' });
      throw new AccountsError(
        AccountsErrorCode.DirectoryNoMappedGroup,
        `Your directory group maps to department ${access.departmentCode}, which MedLocal does not have; ask IT`,
      );
    }
    const wanted = { displayName: params.displayName, roles: [...access.roles], departmentId: department?.id ?? null, adminScope: access.adminScope };
    if (!params.user) return this.provision({ username: params.username, wanted, department, context: params.context, source });
    return this.update({ user: params.user, wanted, department, context: params.context });
  }

  /**
   * Binds a directory account to its entry at the first sign-in (or the first after this check came in);
   * false when it is bound to another entry: the username now names someone else (deleted and made again, or renamed onto).
   */
  async bindSubject(params: { userId: string; subjectId: string }): Promise<boolean> {
    const bound = (await this.dataSource.query(
      `UPDATE app_user SET directory_subject = $2 WHERE id = $1 AND (directory_subject IS NULL OR directory_subject = $2) RETURNING id`,
      [params.userId, params.subjectId],
    )) as unknown;
    return Array.isArray(bound) && (Array.isArray(bound[0]) ? bound[0].length > 0 : bound.length > 0);
  }

  private async provision(params: {
    username: string;
    wanted: Pick<UserEntity, 'displayName' | 'roles' | 'departmentId' | 'adminScope'>;
    department: DepartmentEntity | null;
    context: RequestContext;
    source: ExternalSource;
  }): Promise<UserEntity> {
    const now = this.clock.now();
    const user = newUserRecord({
      username: params.username.toLowerCase(),
      ...params.wanted,
      password: { passwordHash: DIRECTORY_PASSWORD_HASH, passwordHistory: [], passwordChangedAt: now },
      mustChangePassword: false,
      now,
      source: params.source,
    });
    // Two first sign-ins at once: the second finds the row the first made and updates it.
    const inserted = (await this.dataSource.query(
      `INSERT INTO app_user (id, username, display_name, department_id, roles, admin_scope, status, source, password_hash, password_history,
         must_change_password, failed_attempts, password_changed_at, totp_enabled, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, 'active', $9, $7, '{}', false, 0, $8, false, $8, $8)
       ON CONFLICT (username) DO NOTHING RETURNING id`,
      [user.id, user.username, user.displayName, user.departmentId, user.roles, user.adminScope, user.passwordHash, now, params.source],
    )) as unknown[];
    if (inserted.length === 0) {
      const existing = await this.lookup.findUserByUsername(user.username);
      if (!existing || existing.source !== params.source) throw new AccountsError(AccountsErrorCode.InvalidCredentials, 'Invalid username or password');
      return this.update({ user: existing, wanted: params.wanted, department: params.department, context: params.context });
    }
    await this.audit.record({
      action: 'user.directory_provision',
      outcome: 'success',
      actor: { ...user, departmentCode: params.department?.code ?? null },
      context: params.context,
      summary: { targetUserId: user.id, rolesAfter: user.roles, ...(params.department ? { targetDepartment: params.department.code } : {}) },
    });
    return user;
  }

  private async update(params: {
    user: UserEntity;
    wanted: Pick<UserEntity, 'displayName' | 'roles' | 'departmentId' | 'adminScope'>;
    department: DepartmentEntity | null;
    context: RequestContext;
  }): Promise<UserEntity> {
    const { user, wanted } = params;
    const changedFields = [
      ...(sameSet(user.roles, wanted.roles) ? [] : ['roles']),
      ...(user.departmentId === wanted.departmentId ? [] : ['departmentId']),
      ...(user.adminScope === wanted.adminScope ? [] : ['adminScope']),
      ...(user.displayName === wanted.displayName ? [] : ['displayName']),
    ];
    if (changedFields.length === 0) return user;
    const updated: UserEntity = { ...user, ...wanted, updatedAt: this.clock.now() };
    await this.dataSource.manager.update(UserEntity, { id: user.id }, { ...wanted, updatedAt: updated.updatedAt });
    await this.audit.record({
      action: 'user.directory_sync',
      outcome: 'success',
      actor: { ...updated, departmentCode: params.department?.code ?? null },
      context: params.context,
      summary: {
        targetUserId: user.id,
        changedFields,
        rolesBefore: user.roles,
        rolesAfter: updated.roles,
        ...(params.department ? { targetDepartment: params.department.code } : {}),
      },
    });
    return updated;
  }

  /** No mapped group (or admin and auditor together): refused, and sessions still open end now. */
  private async refuseWithoutAccess(params: {
    access: Exclude<DirectoryAccess, { kind: 'mapped' }>;
    user: UserEntity | null;
    context: RequestContext;
  }): Promise<never> {
    const reasonCode = params.access.kind === 'conflict' ? 'directory_role_conflict' : 'no_mapped_group';
    if (params.user) {
      const ended = await this.sessions.revokeAllForUser({ userId: params.user.id, reason: 'role_change' });
      await this.audit.record({
        action: 'user.directory_sync',
        outcome: 'success',
        actor: { ...params.user, departmentCode: await this.lookup.departmentCode(params.user.departmentId) },
        context: params.context,
        summary: { targetUserId: params.user.id, reasonCode, eventCount: ended },
      });
    }
    await this.refusalAudit({ user: params.user, context: params.context, reasonCode });
    throw new AccountsError(AccountsErrorCode.DirectoryNoMappedGroup, NO_ACCESS_MESSAGE);
  }

  private async refusalAudit(params: { user: UserEntity | null; context: RequestContext; reasonCode: string }): Promise<void> {
    const actor = params.user ? { ...params.user, departmentCode: await this.lookup.departmentCode(params.user.departmentId) } : undefined;
    await this.audit.record({ action: 'auth.login_failed', outcome: 'failure', actor, context: params.context, summary: { reasonCode: params.reasonCode } });
  }
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item) => b.includes(item));
}
