import { Inject, Injectable } from '@nestjs/common';
import type { UserImportDryRun, UserImportProblem, UserImportResult, UserImportRow } from '@medlocal/contracts';
import { availableParallelism } from 'node:os';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../../config';
import { DATA_SOURCE } from '../../../database/database.tokens';
import { canManageUser } from '../../access/can-manage-user.util';
import { isGlobalAdmin, type Principal, type RequestContext } from '../../../common/access/principal';
import type { Role } from '../../../common/access/roles';
import { CLOCK, type Clock } from '../../common/clock';
import { SecurityAuditService } from '../../common/security-audit.service';
import { DepartmentEntity, UserEntity } from '../../entities';
import { generateOneTimePassword } from '../../password/one-time-password.util';
import { PasswordService } from '../../password/password.service';
import { newUserRecord } from '../new-user-record.util';
import { parseUserImportCsv, problem } from './user-import-csv.util';
import { UserImportError, UserImportErrorCode } from './user-import.errors';

/** A checked line: the account it would create. */
type PlannedUser = UserImportRow & { readonly department: DepartmentEntity | null };

/** Bytes one row may take, on average, before the upload is refused unread (a row is ~60 bytes). */
const BYTES_PER_ROW = 512;
const BYTES_OVERHEAD = 64 * 1024;
/** PostgreSQL's unique_violation. */
const UNIQUE_VIOLATION = '23505';

/**
 * Bulk user import from a CSV (username, display name, department, roles). The dry run lists every
 * problem by line and writes nothing; the import checks the same file again and creates every account
 * or none, in one transaction, each with a generated one-time password that is returned once, stored
 * only as its hash and must be changed at first sign-in. A department admin imports into their own
 * department only, and nobody grants beyond `canManageUser` (no auditors, no global admins, which are
 * made one at a time). One audit event per import, with counts, never names.
 */
@Injectable()
export class UserImportService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(PasswordService) private readonly passwords: PasswordService,
    @Inject(SecurityAuditService) private readonly audit: SecurityAuditService,
  ) {}

  /** The largest upload an import of USER_IMPORT_MAX_ROWS rows may be. */
  get maxBytes(): number {
    return this.config.auth.userImport.maxRows * BYTES_PER_ROW + BYTES_OVERHEAD;
  }

  async dryRun(params: { principal: Principal; bytes: Buffer }): Promise<UserImportDryRun> {
    const { rows, problems, planned } = await this.check(params.principal, params.bytes, this.dataSource.manager);
    return { rows, problems, users: planned.map(toRow) };
  }

  async import(params: { principal: Principal; bytes: Buffer; context: RequestContext }): Promise<UserImportResult> {
    const { principal, context } = params;
    const first = await this.check(principal, params.bytes, this.dataSource.manager);
    if (first.problems.length > 0) await this.rejected(principal, context, first.problems);
    const withPasswords = await this.hashPasswords(first.planned);
    const created = await this.inOneTransaction(async (manager) => {
      // Again inside the transaction, on the rows as they are now: a username taken since the dry run refuses the whole file.
      const again = await this.check(principal, params.bytes, manager);
      if (again.problems.length > 0) return { problems: again.problems, records: null };
      const now = this.clock.now();
      const records = withPasswords.map(({ user, fields }) =>
        newUserRecord({
          username: user.username,
          displayName: user.displayName,
          departmentId: user.department?.id ?? null,
          roles: user.roles,
          adminScope: user.roles.includes('admin') ? 'department' : null,
          password: fields,
          mustChangePassword: true,
          now,
        }),
      );
      await manager.insert(UserEntity, records);
      return { problems: [], records };
    });
    const records = created.records;
    if (!records) return this.rejected(principal, context, created.problems);
    await this.audit.record({
      action: 'user.create',
      outcome: 'success',
      actor: principal,
      context,
      summary: {
        reasonCode: 'csv_import',
        eventCount: records.length,
        rolesAfter: [...new Set(records.flatMap((record) => record.roles))].sort(),
        targetDepartment: singleDepartment(first.planned),
      },
    });
    return {
      created: records.length,
      users: withPasswords.map(({ user, oneTimePassword }, index) => ({ ...toRow(user), id: records[index].id, oneTimePassword })),
    };
  }

  /**
   * The import's transaction. Another import or admin creating one of these usernames between the check
   * and the insert trips the unique index: the whole file is refused like any taken username, not a 500.
   */
  private async inOneTransaction(
    work: (manager: EntityManager) => Promise<{ problems: UserImportProblem[]; records: UserEntity[] | null }>,
  ): Promise<{ problems: UserImportProblem[]; records: UserEntity[] | null }> {
    try {
      return await this.dataSource.transaction(work);
    } catch (error) {
      if ((error as { code?: unknown }).code !== UNIQUE_VIOLATION) throw error;
      return { problems: [problem(0, 'username_taken', 'An account with one of these usernames was created while the import ran')], records: null };
    }
  }

  private async check(
    principal: Principal,
    bytes: Buffer,
    manager: EntityManager,
  ): Promise<{ rows: number; problems: UserImportProblem[]; planned: PlannedUser[] }> {
    const parsed = parseUserImportCsv({ bytes, maxRows: this.config.auth.userImport.maxRows });
    const problems = [...parsed.problems];
    const taken = new Set(
      parsed.lines.length > 0
        ? (await manager.find(UserEntity, { select: { username: true }, where: { username: In(parsed.lines.map((line) => line.username)) } })).map(
            (user) => user.username,
          )
        : [],
    );
    const departments = new Map((await manager.find(DepartmentEntity)).map((department) => [department.code.toUpperCase(), department]));
    const own = principal.departmentId ? ([...departments.values()].find((department) => department.id === principal.departmentId) ?? null) : null;
    const planned: PlannedUser[] = [];
    for (const line of parsed.lines) {
      const before = problems.length;
      const at = line.line;
      if (taken.has(line.username))
        problems.push(problem(at, 'username_taken', `${line.username} already has an account`, { column: 'username', value: line.username }));
      const code = line.departmentCode;
      const department = code ? (departments.get(code.toUpperCase()) ?? null) : isGlobalAdmin(principal) ? null : own;
      if (code && !department) {
        problems.push(problem(at, 'department_unknown', `No department has the code ${code.slice(0, 32)}`, { column: 'department', value: code.slice(0, 32) }));
      } else if (department?.retiredAt) {
        problems.push(
          problem(at, 'department_retired', `${department.code} is retired and takes no new users`, { column: 'department', value: department.code }),
        );
      } else if (department && !isGlobalAdmin(principal) && department.id !== principal.departmentId) {
        problems.push(
          problem(at, 'department_out_of_scope', `A department admin imports into their own department only`, { column: 'department', value: department.code }),
        );
      } else {
        const roles = line.roles as Role[];
        const departmentId = department?.id ?? null;
        const refused = roles.filter((role) => !grantableAlone({ principal, role, departmentId }));
        for (const role of refused)
          problems.push(problem(at, 'role_not_grantable', `You may not grant the role ${role} in an import`, { column: 'roles', value: role }));
        const target = { roles, adminScope: roles.includes('admin') ? ('department' as const) : null, departmentId };
        if (refused.length === 0 && !canManageUser({ actor: principal, target })) {
          problems.push(
            problem(at, 'role_not_grantable', `You may not grant these roles together: ${roles.join(', ')}`, { column: 'roles', value: roles.join(';') }),
          );
        }
      }
      if (problems.length === before)
        planned.push({ line: at, username: line.username, displayName: line.displayName, department, roles: line.roles as Role[] });
    }
    return { rows: parsed.rowCount, problems: problems.sort((a, b) => a.line - b.line), planned };
  }

  /** Argon2id for every one-time password, a few at a time (each takes a thread of libuv's pool), before the transaction opens. */
  private async hashPasswords(planned: readonly PlannedUser[]) {
    const length = Math.max(16, this.config.auth.password.minLength);
    const batch = Math.max(1, Math.min(4, availableParallelism()));
    const result: { user: PlannedUser; oneTimePassword: string; fields: Awaited<ReturnType<PasswordService['accept']>> }[] = [];
    for (let start = 0; start < planned.length; start += batch) {
      result.push(
        ...(await Promise.all(
          planned.slice(start, start + batch).map(async (user) => {
            const oneTimePassword = generateOneTimePassword(length);
            return { user, oneTimePassword, fields: await this.passwords.accept({ password: oneTimePassword, username: user.username }) };
          }),
        )),
      );
    }
    return result;
  }

  private async rejected(principal: Principal, context: RequestContext, problems: readonly UserImportProblem[]): Promise<never> {
    const lines = new Set(problems.map((listed) => listed.line)).size;
    await this.audit.record({
      action: 'user.create',
      outcome: 'failure',
      actor: principal,
      context,
      summary: { reasonCode: 'csv_import_rejected', eventCount: lines },
    });
    throw new UserImportError(
      UserImportErrorCode.Rejected,
      `The file has ${problems.length} problem(s) on ${lines} line(s) and nothing was imported: run the dry run (POST /api/admin/users/import/dry-run) to list them`,
      { problemLines: lines },
    );
  }
}

/**
 * One role on its own, as `canManageUser` rules: never auditor (三员分立), admin only as a department
 * admin of a named department (global admins are made one at a time, not from a file).
 */
function grantableAlone(params: { principal: Principal; role: Role; departmentId: string | null }): boolean {
  const { principal, role, departmentId } = params;
  if (role === 'admin' && !departmentId) return false;
  return canManageUser({ actor: principal, target: { roles: [role], adminScope: role === 'admin' ? 'department' : null, departmentId } });
}

function toRow(user: PlannedUser): UserImportRow {
  return {
    line: user.line,
    username: user.username,
    displayName: user.displayName,
    department: user.department ? { id: user.department.id, code: user.department.code } : null,
    roles: user.roles,
  };
}

/** The department code when the whole file goes to one department (an audit code), `multiple` or `none` otherwise. */
function singleDepartment(planned: readonly PlannedUser[]): string {
  const codes = new Set(planned.map((user) => user.department?.code ?? 'none'));
  return codes.size === 1 ? [...codes][0] : 'multiple';
}
