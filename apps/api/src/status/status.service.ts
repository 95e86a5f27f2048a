import { Inject, Injectable, Optional } from '@nestjs/common';
import type { DatabaseTarget } from '@medlocal/database';
import { DATABASE_TARGET } from '../database/database.tokens';
import { PrivacyService, type PrivacyStatus } from '../privacy/privacy.service';
import { STATUS_CONTRIBUTORS, type StatusContributor } from './status.tokens';

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
    @Optional() @Inject(STATUS_CONTRIBUTORS) private readonly contributors: StatusContributor[] = [],
  ) {}

  async status(): Promise<StatusDocument> {
    const sections = await Promise.all(this.contributors.map((contributor) => contributor.contribute()));
    return Object.assign({}, ...sections, {
      privacy: await this.privacy.status(),
      db: { kind: this.database.kind },
    }) as StatusDocument;
  }
}
