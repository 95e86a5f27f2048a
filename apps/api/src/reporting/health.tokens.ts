import type { HealthIndicatorResult } from '@nestjs/terminus';

export type HealthCheckFn = () => Promise<HealthIndicatorResult>;
