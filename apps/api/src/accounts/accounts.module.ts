import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccessGuard } from './access/access.guard';
import { PrincipalService } from './access/principal.service';
import { accountsCoreProviders } from './accounts.providers';
import { ApiKeysController } from './api-keys/api-keys.controller';
import { ApiKeyService } from './api-keys/api-key.service';
import { AuthController } from './auth/auth.controller';
import { AdminBootstrapService } from './bootstrap/admin-bootstrap.service';
import { CLOCK } from './common/clock';
import { SecurityStatusContributor } from './common/security-status.contributor';
import { DepartmentsController } from './departments/departments.controller';
import { SessionsEndedEvents } from './sessions/sessions-ended.events';
import { UsersController } from './users/users.controller';

/**
 * Users, departments, sessions, second factor and API keys, and the global guard that makes
 * every route declare who may call it. Needs DATA_SOURCE, APP_CONFIG, AUDIT_RECORDER and StatusRegistry.
 */
@Global()
@Module({
  controllers: [AuthController, UsersController, DepartmentsController, ApiKeysController],
  providers: [
    ...accountsCoreProviders,
    PrincipalService,
    AdminBootstrapService,
    SecurityStatusContributor,
    AccessGuard,
    { provide: APP_GUARD, useExisting: AccessGuard },
  ],
  exports: [ApiKeyService, PrincipalService, CLOCK, SessionsEndedEvents],
})
export class AccountsModule {}
