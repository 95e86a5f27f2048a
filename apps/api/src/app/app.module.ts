import { Global, Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { ApiErrorFilter } from '../common/errors';
import { statusForErrorCode } from './api-error-statuses';
import { API_SCHEMA } from './api-schema';
import { APP_CONFIG, type AppConfig } from '../config';
import { DatabaseModule } from '../database/database.module';
import { HealthModule } from '../health/health.module';
import { LoggingModule } from '../logging/logging.module';
import { StatusModule } from '../status/status.module';
import { OpenAiModule } from '../openai/openai.module';
import { AuditModule } from '../audit/audit.module';
import { MetricsModule } from '../metrics/metrics.module';
import { AccountsModule } from '../accounts/accounts.module';
import { ChatModule } from '../chat/chat.module';
import { TermsModule } from '../terms/terms.module';
import { PromptsModule } from '../prompts/prompts.module';
import { BatchesModule } from '../batches/batches.module';
import { NodeStatusModule } from '../node-status/node-status.module';

@Global()
@Module({})
class ConfigModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: ConfigModule, providers: [{ provide: APP_CONFIG, useValue: config }], exports: [APP_CONFIG] };
  }
}

/** The whole API; which feature modules load depends on the role (`inference-node` serves only /v1 and its node status). */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    const fullApi = config.role === 'all';
    // One instance, imported by the app and by metrics (whose guard admits signed-in admins).
    const accounts = fullApi ? AccountsModule.forRoot({ auditRecorder: AuditModule }) : undefined;
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot(config.logLevel, fullApi ? 'every-line' : 'request-line-only'),
        HealthModule,
        MetricsModule.forRoot({ principals: accounts }),
        OpenAiModule.forRole({ audited: fullApi }),
        // An inference node keeps no data: it serves /v1, its health and its status for the API instances, nothing else.
        ...(accounts
          ? [DatabaseModule.forRoot(API_SCHEMA), AuditModule, accounts, PromptsModule, TermsModule, ChatModule, StatusModule, BatchesModule]
          : [NodeStatusModule]),
      ],
      providers: [{ provide: APP_FILTER, useFactory: () => new ApiErrorFilter(statusForErrorCode) }],
    };
  }
}
