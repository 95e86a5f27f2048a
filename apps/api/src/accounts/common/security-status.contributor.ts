import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config';
import { DATA_SOURCE } from '../../database/database.tokens';
import { StatusRegistry } from '../../reporting/status.registry';
import { ACCOUNTS_KEYS, type AccountsKeys } from './accounts-keys';

export interface SecurityStatus {
  readonly mfaRequiredForPrivileged: boolean;
  readonly mfaAvailable: boolean;
  readonly adminsWithoutMfa: number;
  readonly globalAdmins: number;
  readonly lockedAccounts: number;
  /** Codes the console turns into words: `admins_without_mfa`, `mfa_key_missing`, `single_global_admin`. */
  readonly warnings: string[];
}

/** The `security` section of `GET /api/status`. */
@Injectable()
export class SecurityStatusContributor implements OnModuleInit {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(ACCOUNTS_KEYS) private readonly keys: AccountsKeys,
    @Inject(StatusRegistry) private readonly registry: StatusRegistry,
  ) {}

  onModuleInit(): void {
    this.registry.register({ contribute: async () => ({ security: await this.status() }) });
  }

  async status(): Promise<SecurityStatus> {
    const [row] = (await this.dataSource.query(
      `SELECT
         count(*) FILTER (WHERE 'admin' = ANY(roles) AND status <> 'disabled' AND NOT totp_enabled)::int AS "adminsWithoutMfa",
         count(*) FILTER (WHERE 'admin' = ANY(roles) AND admin_scope = 'global' AND status <> 'disabled')::int AS "globalAdmins",
         count(*) FILTER (WHERE status = 'locked' AND locked_until > now())::int AS "lockedAccounts"
       FROM app_user`,
    )) as { adminsWithoutMfa: number; globalAdmins: number; lockedAccounts: number }[];
    const warnings: string[] = [];
    if (row.adminsWithoutMfa > 0) warnings.push('admins_without_mfa');
    if (!this.keys.totpKey) warnings.push('mfa_key_missing');
    if (row.globalAdmins < 2) warnings.push('single_global_admin');
    return { mfaRequiredForPrivileged: this.config.auth.mfaRequiredForPrivileged, mfaAvailable: !!this.keys.totpKey, ...row, warnings };
  }
}
