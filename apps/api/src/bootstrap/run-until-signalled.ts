import { Logger, type INestApplication } from '@nestjs/common';
import type { Server } from 'node:http';
import { drainBudgetOf, InFlightQuestions } from '../drain/in-flight-questions';
import type { AppConfig } from '../config';
import { logStartupTimingsWhenHealthy } from './log-startup-timings.util';
import { startupTimings } from '../reporting/startup-timings';

/** How often, while stopping, connections that have gone idle (an answer just ended) are closed. */
const IDLE_SWEEP_MS = 100;

/**
 * Listens, then on SIGTERM/SIGINT drains: no new connections; questions still waiting for the model
 * get 503 + Retry-After, running answers finish within most of SHUTDOWN_GRACE_MS and the rest are
 * cancelled, every one audited; then the modules close (server, trail, database) and the process
 * exits 0. A second signal, or the grace period running out, exits at once with 1.
 */
export async function runUntilSignalled(app: INestApplication, config: AppConfig): Promise<void> {
  const logger = new Logger('MedLocal');
  await startupTimings.measure('listen', () => app.listen(config.http.port, config.http.host));
  logger.log(`MedLocal (${config.mode}, role ${config.role}) listening on http://${config.http.host}:${config.http.port}`);
  const startupLogger = new Logger('Startup');
  logStartupTimingsWhenHealthy({ app, timings: startupTimings, logger: startupLogger }).catch((error: unknown) =>
    startupLogger.warn(`Start-up timings not logged: ${error instanceof Error ? error.message : String(error)}`),
  );

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1);
    stopping = true;
    logger.log(`${signal} received: stopping`);
    const server = app.getHttpServer() as Server;
    server.close();
    // Keep-alive connections would hold the server open after their last answer.
    server.closeIdleConnections();
    setInterval(() => server.closeIdleConnections(), IDLE_SWEEP_MS).unref();
    const deadline = setTimeout(() => {
      logger.error(`Shutdown took longer than ${config.http.shutdownGraceMs} ms: exiting`);
      process.exit(1);
    }, config.http.shutdownGraceMs);
    deadline.unref();
    app
      .get(InFlightQuestions, { strict: false })
      .drain(drainBudgetOf(config.http.shutdownGraceMs))
      .then(() => app.close())
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        logger.error(`Shutdown failed: ${error instanceof Error ? error.message : String(error)}`);
        process.exit(1);
      });
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
