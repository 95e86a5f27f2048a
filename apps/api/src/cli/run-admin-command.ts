import 'reflect-metadata';
import { Global, Module, type DynamicModule, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { isMainThread } from 'node:worker_threads';
import { API_SCHEMA } from '../app/api-schema';
import { AuditModule } from '../audit/audit.module';
import { makeDataDirPrivate, PRIVATE_UMASK } from '../bootstrap/private-data-dir.util';
import { DomainError } from '../common/errors';
import { APP_CONFIG, loadEnvironment, toAppConfig, type AppConfig } from '../config';
import { DatabaseModule } from '../database/database.module';
import { ReportingModule } from '../reporting/reporting.module';
import { accountsCoreProviders } from '../accounts/accounts.providers';
import { SessionsEndedModule } from '../accounts/sessions/sessions-ended.module';
import { AccountLookupService } from '../accounts/common/account-lookup.service';
import { SERVER_OPERATOR } from '../accounts/access/server-operator';
import { ROLES, type AdminScope, type Role } from '../common/access/roles';
import { DepartmentsService } from '../accounts/departments/departments.service';
import { UsersService } from '../accounts/users/users.service';

export const ADMIN_CLI_USAGE = `usage: npm run admin -- <command> [options]

  create-user --username <name> --display-name <name> --roles <role,...> [--department <CODE>] [--admin-scope global|department]
      Creates a user with a one-time password (printed once; changed at first sign-in).
      Auditors are created only here: no admin of the application may create or manage them.
  reset-password --username <name>
      Gives the user a new one-time password and ends their sessions (local accounts only: the hospital
      directory owns a directory account's password, roles and department; unlock, disable and enable work on both).
  unlock --username <name>
      Clears a lockout after failed sign-ins.
  disable --username <name> | enable --username <name>
      Disables an account (its sessions end) or enables it again: for auditors, whom no admin may touch.

Roles: ${ROLES.join(', ')}. Reads the same environment as the API (DATABASE_URL, DATA_DIR, ...).`;

@Global()
@Module({})
class AdminCliModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AdminCliModule,
      imports: [DatabaseModule.forRoot(API_SCHEMA), ReportingModule, SessionsEndedModule, AuditModule],
      providers: [{ provide: APP_CONFIG, useValue: config }, ...accountsCoreProviders],
      exports: [APP_CONFIG],
    };
  }
}

/** The operator's command line is wrong; the CLI prints the message. */
export class AdminCommandError extends DomainError<'ADMIN_COMMAND_INVALID'> {
  constructor(message: string) {
    super('ADMIN_COMMAND_INVALID', message);
  }
}

export interface AdminCommandResult {
  /** Lines for the operator (stdout): a one-time password appears here and nowhere else. */
  readonly lines: string[];
}

/** Runs one admin command on a Nest application context (no HTTP server) and closes it. */
export async function runAdminCommand(params: { argv: string[]; env: NodeJS.ProcessEnv }): Promise<AdminCommandResult> {
  const [command, ...rest] = params.argv;
  const options = parseOptions(rest);
  if (!command || command === 'help' || command === '--help') return { lines: [ADMIN_CLI_USAGE] };
  if (!['create-user', 'reset-password', 'unlock', 'disable', 'enable'].includes(command))
    throw new AdminCommandError(`Unknown command "${command}"\n\n${ADMIN_CLI_USAGE}`);
  const config = toAppConfig(loadEnvironment(params.env));
  // The CLI may be the first to open the embedded database: its files are as private as the API's.
  if (isMainThread) process.umask(PRIVATE_UMASK);
  makeDataDirPrivate({ dataDir: config.dataDir, extraFiles: [config.audit.anchorFile] });
  const app = await NestFactory.createApplicationContext(AdminCliModule.forRoot(config), { logger: ['error', 'warn'], abortOnError: false });
  try {
    return await execute(app, command, options);
  } finally {
    await app.close();
    // PGlite unpacks its initial files with an explicit chmod 0666, past the umask.
    makeDataDirPrivate({ dataDir: config.dataDir });
  }
}

async function execute(app: INestApplicationContext, command: string, options: Map<string, string>): Promise<AdminCommandResult> {
  const users = app.get(UsersService);
  const context = { requestId: `admin-cli-${process.pid}` };
  const username = required(options, 'username').toLowerCase();
  if (command === 'create-user') {
    const roles = required(options, 'roles')
      .split(',')
      .map((role) => role.trim());
    const unknown = roles.filter((role) => !(ROLES as readonly string[]).includes(role));
    if (unknown.length > 0) throw new AdminCommandError(`Unknown role(s): ${unknown.join(', ')} (allowed: ${ROLES.join(', ')})`);
    const departmentCode = options.get('department');
    const department = departmentCode ? (await app.get(DepartmentsService).list()).find((item) => item.code === departmentCode) : undefined;
    if (departmentCode && !department) throw new AdminCommandError(`No department with code ${departmentCode}`);
    const scope = options.get('admin-scope');
    if (scope !== undefined && scope !== 'global' && scope !== 'department') throw new AdminCommandError('--admin-scope must be global or department');
    const created = await users.create({
      principal: SERVER_OPERATOR,
      user: {
        username,
        displayName: required(options, 'display-name'),
        roles: roles as Role[],
        departmentId: department?.id ?? null,
        adminScope: scope as AdminScope | undefined,
      },
      context,
    });
    return {
      lines: [`Created ${created.user.username} (${created.user.id}); one-time password: ${created.oneTimePassword}`, 'It must be changed at first sign-in.'],
    };
  }
  const user = await app.get(AccountLookupService).findUserByUsername(username);
  if (!user) throw new AdminCommandError(`No user named ${username}`);
  if (command === 'reset-password') {
    const reset = await users.resetPassword({ principal: SERVER_OPERATOR, id: user.id, context });
    return { lines: [`New one-time password for ${username}: ${reset.oneTimePassword}`, 'Their sessions have ended; it must be changed at first sign-in.'] };
  }
  if (command === 'disable' || command === 'enable') {
    await users.update({ principal: SERVER_OPERATOR, id: user.id, changes: { status: command === 'disable' ? 'disabled' : 'active' }, context });
    return { lines: [`${command === 'disable' ? 'Disabled' : 'Enabled'} ${username}`] };
  }
  await users.unlock({ principal: SERVER_OPERATOR, id: user.id, context });
  return { lines: [`Unlocked ${username}`] };
}

function parseOptions(args: string[]): Map<string, string> {
  const options = new Map<string, string>();
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    if (!arg.startsWith('--')) throw new AdminCommandError(`Unexpected argument "${arg}"`);
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2);
    const value = inline ?? args[++i];
    if (value === undefined) throw new AdminCommandError(`--${name} needs a value`);
    options.set(name, value);
  }
  return options;
}

function required(options: Map<string, string>, name: string): string {
  const value = options.get(name);
  if (!value) throw new AdminCommandError(`--${name} is required`);
  return value;
}
