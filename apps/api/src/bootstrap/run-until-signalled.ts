import { Logger, type INestApplication } from '@nestjs/common';
import type { Server } from 'node:http';
import type { AppConfig } from '../config';

/**
 * Listens, then on SIGTERM/SIGINT stops accepting connections, lets in-flight work finish or be
 * cancelled by the modules' shutdown hooks (bounded by SHUTDOWN_GRACE_MS), closes the database and
 * exits 0. A second signal, or the grace period running out, exits at once with 1.
 */
export async function runUntilSignalled(app: INestApplication, config: AppConfig): Promise<void> {
  const logger = new Logger('MedLocal');
  await app.listen(config.http.port, config.http.host);
  logger.log(`MedLocal (${config.mode}, role ${config.role}) listening on http://${config.http.host}:${config.http.port}`);

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1);
    stopping = true;
    logger.log(`${signal} received: stopping`);
    const server = app.getHttpServer() as Server;
    server.close();
    server.closeIdleConnections();
    const deadline = setTimeout(() => {
      logger.error(`Shutdown took longer than ${config.http.shutdownGraceMs} ms: exiting`);
      process.exit(1);
    }, config.http.shutdownGraceMs);
    deadline.unref();
    app
      .close()
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        logger.error(`Shutdown failed: ${error instanceof Error ? error.message : String(error)}`);
        process.exit(1);
      });
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
