import { Module, type DynamicModule, type ForwardReference, type Type } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccessGuard } from './access/access.guard';
import { PrincipalService } from './access/principal.service';
import { accountsCoreProviders } from './accounts.providers';
import { ApiKeysController } from './api-keys/api-keys.controller';
import { OwnApiKeysController } from './api-keys/own-api-keys.controller';
import { AuthController } from './auth/auth.controller';
import { AdminBootstrapService } from './bootstrap/admin-bootstrap.service';
import { SecurityStatusContributor } from './common/security-status.contributor';
import { DepartmentsController } from './departments/departments.controller';
import { ReportingModule } from '../reporting/reporting.module';
import { SessionsEndedModule } from './sessions/sessions-ended.module';
import { UserImportController } from './users/import/user-import.controller';
import { UsersController } from './users/users.controller';
import { oidcProviders } from './oidc/oidc.providers';
import { OidcController } from './oidc/oidc.controller';
import { SignInSourcesController } from './sign-in-sources/sign-in-sources.controller';
import { SignInSourcesService } from './sign-in-sources/sign-in-sources.service';

export interface AccountsModuleOptions {
  /**
   * The module that provides AUDIT_RECORDER (the API's audit trail). Accounts records its security
   * events through that port alone, so it names no audit module of its own: the app wires them.
   */
  readonly auditRecorder: Type<unknown> | DynamicModule | ForwardReference;
}

/**
 * Users, departments, sessions, second factor and API keys, and the global guard that makes
 * every route declare who may call it. Uses DATA_SOURCE and APP_CONFIG (global) besides its imports.
 */
@Module({})
export class AccountsModule {
  static forRoot(options: AccountsModuleOptions): DynamicModule {
    return {
      module: AccountsModule,
      imports: [ReportingModule, SessionsEndedModule, options.auditRecorder],
      controllers: [
        AuthController,
        OidcController,
        UserImportController,
        UsersController,
        DepartmentsController,
        ApiKeysController,
        OwnApiKeysController,
        SignInSourcesController,
      ],
      providers: [
        ...accountsCoreProviders,
        ...oidcProviders,
        SignInSourcesService,
        PrincipalService,
        AdminBootstrapService,
        SecurityStatusContributor,
        AccessGuard,
        { provide: APP_GUARD, useExisting: AccessGuard },
      ],
      exports: [PrincipalService],
    };
  }
}
