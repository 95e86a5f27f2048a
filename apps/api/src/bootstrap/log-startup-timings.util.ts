import type { INestApplication, LoggerService } from '@nestjs/common';
import { HealthCheckService } from '@nestjs/terminus';
import { setTimeout as sleep } from 'node:timers/promises';
import { HealthRegistry } from '../reporting/health.registry';
import type { StartupTimings } from '../reporting/startup-timings';

/** How often the health checks are run in process until they first pass. */
const HEALTH_POLL_MS = 50;
/** Past this, the timings are logged without a `healthy` phase (health is failing for a reason of its own, which it names). */
const HEALTH_WAIT_BOUND_MS = 120_000;

/**
 * Runs the checks `/api/health` runs until they first pass, then logs, once, where start-up went: phase →
 * ms (`load`, `config`, `dataDir`, `database.start`, `database.migrations`, `model.demo`, `model.load`,
 * `admin.bootstrap`, `listen`, `healthy`), the total from the process starting, and the CPU time spent so far.
 */
export async function logStartupTimingsWhenHealthy(params: { app: INestApplication; timings: StartupTimings; logger: LoggerService }): Promise<void> {
  const { app, timings, logger } = params;
  const health = app.get(HealthCheckService, { strict: false });
  const registry = app.get(HealthRegistry, { strict: false });
  const deadline = performance.now() + HEALTH_WAIT_BOUND_MS;
  timings.begin('healthy');
  for (;;) {
    const healthy = await health.check([...registry.all()]).then(
      () => true,
      () => false,
    );
    if (healthy) {
      timings.end('healthy');
      break;
    }
    if (performance.now() > deadline) break;
    await sleep(HEALTH_POLL_MS, undefined, { ref: false });
  }
  const { phases, totalMs } = timings.summary();
  const cpu = process.cpuUsage();
  const cpuMs = Math.round((cpu.user + cpu.system) / 1_000);
  const reached = 'healthy' in phases ? 'healthy' : 'listening (health not yet passing)';
  logger.log(
    { event: 'startup.timings', phases, totalMs, cpuMs, ...timings.notes() },
    `Start-up: ${reached} ${totalMs} ms after the process started, ${cpuMs} ms CPU; ` +
      Object.entries(phases)
        .map(([phase, ms]) => `${phase} ${ms}`)
        .join(', '),
  );
}
