import type { HealthIndicatorResult } from '@nestjs/terminus';

/** Modules whose health decides whether a load balancer should send traffic provide a check here. */
export const HEALTH_CHECKS = Symbol('HEALTH_CHECKS');

export type HealthCheckFn = () => Promise<HealthIndicatorResult>;
