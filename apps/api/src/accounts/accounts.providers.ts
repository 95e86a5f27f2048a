import type { Provider } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config';
import { ApiKeyService } from './api-keys/api-key.service';
import { AuthService } from './auth/auth.service';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import type { DatabaseTarget } from '@medlocal/database';
import { DATA_SOURCE, DATABASE_TARGET } from '../database/database.tokens';
import { LOGIN_ATTEMPT_WINDOWS, MemoryAttemptWindows, PostgresAttemptWindows, type AttemptWindows } from './auth/attempt-windows';
import { LoginRateLimiter } from './auth/login-rate-limiter';
import { AccountLookupService } from './common/account-lookup.service';
import { SessionRecheckService } from './common/session-recheck.service';
import { ACCOUNTS_KEYS, resolveAccountsKeys } from './common/accounts-keys';
import { CLOCK, type Clock } from './common/clock';
import { SecurityAuditService } from './common/security-audit.service';
import { DepartmentsService } from './departments/departments.service';
import { DirectoryAccountsService } from './directory/directory-accounts.service';
import { DirectoryRefreshService } from './directory/directory-refresh.service';
import { PendingDirectoryLockoutService } from './directory/pending-directory-lockout.service';
import { DIRECTORY, type Directory } from './directory/directory.port';
import { LdapDirectory } from './directory/ldap-directory';
import { MfaService } from './mfa/mfa.service';
import { TotpService } from './mfa/totp.service';
import { PasswordService } from './password/password.service';
import { AccessTokenService } from './sessions/access-token.service';
import { SessionService } from './sessions/session.service';
import { UserImportService } from './users/import/user-import.service';
import { UsersService } from './users/users.service';

/**
 * The accounts services without HTTP: shared by the API module and the admin CLI (both import
 * SessionsEndedModule, ReportingModule and a module providing AUDIT_RECORDER beside them). Every
 * dependency is injected by token, so the CLI also runs from an esbuild bundle (no decorator metadata).
 */
export const accountsCoreProviders: Provider[] = [
  { provide: CLOCK, useFactory: (): Clock => ({ now: () => new Date() }) },
  { provide: ACCOUNTS_KEYS, inject: [APP_CONFIG], useFactory: (config: AppConfig) => resolveAccountsKeys(config) },
  SecurityAuditService,
  AccountLookupService,
  PasswordService,
  AccessTokenService,
  SessionService,
  TotpService,
  MfaService,
  {
    // A PostgreSQL server may be shared by several instances: count there. The embedded database has one.
    provide: LOGIN_ATTEMPT_WINDOWS,
    inject: [DATABASE_TARGET, DATA_SOURCE, CLOCK],
    useFactory: (target: DatabaseTarget, dataSource: DataSource, clock: Clock): Promise<AttemptWindows> | AttemptWindows =>
      target.kind === 'postgres' ? PostgresAttemptWindows.open((dataSource.driver as PostgresDriver).master) : new MemoryAttemptWindows(clock),
  },
  {
    provide: LoginRateLimiter,
    inject: [APP_CONFIG, CLOCK, LOGIN_ATTEMPT_WINDOWS],
    useFactory: (config: AppConfig, clock: Clock, windows: AttemptWindows) => new LoginRateLimiter(config, clock, windows),
  },
  // null when LDAP_URL is unset: local accounts only.
  {
    provide: DIRECTORY,
    inject: [APP_CONFIG],
    useFactory: (config: AppConfig): Directory | null => (config.auth.directory ? new LdapDirectory(config.auth.directory) : null),
  },
  DirectoryAccountsService,
  SessionRecheckService,
  DirectoryRefreshService,
  PendingDirectoryLockoutService,
  AuthService,
  UsersService,
  UserImportService,
  DepartmentsService,
  ApiKeyService,
];
