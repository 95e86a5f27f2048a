import { Inject, Injectable } from '@nestjs/common';
import type { DatabaseTarget } from '@medlocal/database';
import type { Principal } from '../common/access/principal';
import { APP_CONFIG, type AppConfig } from '../config';
import { DATABASE_TARGET } from '../database/database.tokens';
import { PrivacyService, type PrivacyStatus } from '../privacy/privacy.service';
import { statusForViewer } from './status-audience.util';
import { StatusRegistry } from '../reporting/status.registry';

export interface StatusDocument {
  readonly privacy: PrivacyStatus;
  readonly db: { kind: 'pglite' | 'postgres' };
  readonly [section: string]: unknown;
}

@Injectable()
export class StatusService {
  constructor(
    private readonly privacy: PrivacyService,
    @Inject(DATABASE_TARGET) private readonly database: DatabaseTarget,
    private readonly registry: StatusRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Every section, cut to what this viewer may see (`statusForViewer`). */
  async status(viewer: Pick<Principal, 'roles' | 'adminScope'>): Promise<StatusDocument> {
    const sections = await Promise.all(this.registry.all().map((contributor) => contributor.contribute()));
    const status = Object.assign({}, ...sections, {
      // Which instance answered: behind a balancer two reads may come from two instances, each with its own view.
      instance: this.config.metricsInstance,
      privacy: await this.privacy.status(),
      db: { kind: this.database.kind },
    }) as StatusDocument;
    return statusForViewer({ status, viewer });
  }
}
