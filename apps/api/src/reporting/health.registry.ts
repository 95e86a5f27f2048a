import { Injectable } from '@nestjs/common';
import type { HealthCheckFn } from './health.tokens';

/** Checks that decide whether a load balancer sends traffic here, registered by their modules. */
@Injectable()
export class HealthRegistry {
  private readonly checks: HealthCheckFn[] = [];

  register(check: HealthCheckFn): void {
    this.checks.push(check);
  }

  all(): readonly HealthCheckFn[] {
    return this.checks;
  }
}
