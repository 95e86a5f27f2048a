import { Injectable } from '@nestjs/common';
import type { StatusContributor } from './status.tokens';

/** Modules register what they report in `GET /api/status` when they start (Nest has no multi-providers). */
@Injectable()
export class StatusRegistry {
  private readonly contributors: StatusContributor[] = [];

  register(contributor: StatusContributor): void {
    this.contributors.push(contributor);
  }

  all(): readonly StatusContributor[] {
    return this.contributors;
  }
}
