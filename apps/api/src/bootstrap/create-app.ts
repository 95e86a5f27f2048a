import 'reflect-metadata';
import { Logger, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import { isUtf8 } from 'node:buffer';
import path from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { Logger as PinoLogger } from 'nestjs-pino';
import { AppModule } from '../app/app.module';
import { ConfigurationError, loadEnvironment, toAppConfig, type AppConfig } from '../config';
import { productionStartProblems } from '../config/production-start-rules.util';
import { installEgressGuard } from '../privacy/egress-guard';
import { serveApiDocs } from './api-docs';
import { exceedsJsonNestingDepth } from './json-nesting-depth.util';
import { MedLocalValidationPipe } from './medlocal-validation.pipe';
import { makeDataDirPrivate, PRIVATE_UMASK } from './private-data-dir.util';
import { serveConsole } from './serve-console';
import { startupTimings } from '../reporting/startup-timings';

/** No MedLocal request nests more than a few levels; thousands overflow the stack in validation. */
const MAX_JSON_NESTING_DEPTH = 32;

export interface MedLocalApp {
  readonly app: INestApplication;
  readonly config: AppConfig;
}

export interface CreateMedLocalAppOptions {
  readonly env: NodeJS.ProcessEnv;
  /** Where the built console lives; defaults to the folder next to the API bundle. */
  readonly consoleDir?: string;
}

/** Builds the API exactly as `main.ts` runs it; tests call it to boot the real thing on a free port. */
export async function createMedLocalApp(options: CreateMedLocalAppOptions): Promise<MedLocalApp> {
  startupTimings.begin('config');
  const config = toAppConfig(loadEnvironment(options.env));
  const startProblems = productionStartProblems({ config });
  if (startProblems.length > 0) throw new ConfigurationError(startProblems);
  startupTimings.end('config');
  startupTimings.begin('dataDir');
  // Before anything is written: every file MedLocal creates is owner-only (worker threads cannot set it).
  if (isMainThread) process.umask(PRIVATE_UMASK);
  const tightened = makeDataDirPrivate({ dataDir: config.dataDir, extraFiles: [config.audit.anchorFile] });
  const securityLog = new Logger('Security');
  installEgressGuard({
    allow: config.egress.allow,
    onRefused: (refusal) => securityLog.warn({ event: 'egress.refused', ...refusal }, 'Outbound connection refused by the egress guard'),
  });
  startupTimings.end('dataDir');

  startupTimings.begin('nest.create');
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    bodyParser: false,
    bufferLogs: true,
    // Start-up failures reach main(), which prints one line naming the cause and exits 1.
    abortOnError: false,
  });
  startupTimings.end('nest.create');
  app.useLogger(app.get(PinoLogger));
  if (tightened.length > 0) {
    app
      .get(PinoLogger)
      .warn(
        { event: 'data_dir.permissions_tightened', changed: tightened.slice(0, 20), count: tightened.length },
        `DATA_DIR was readable by others: ${tightened.length} entries made owner-only`,
      );
  }
  // The embedded database unpacks its initial files with an explicit chmod 0666, past the umask.
  const unpacked = makeDataDirPrivate({ dataDir: config.dataDir });
  if (unpacked.length > 0)
    app
      .get(PinoLogger)
      .log({ event: 'data_dir.database_files_private', count: unpacked.length }, `Embedded database files made owner-only: ${unpacked.length}`);
  configureHttp(app, config);
  if (config.role === 'all') serveApiDocs(app);
  const consoleDir = options.consoleDir ?? path.resolve(__dirname, '../console/browser');
  if (config.role === 'all' && !serveConsole(app.getHttpAdapter().getInstance(), consoleDir)) {
    app.get(PinoLogger).warn(`Console not built at ${consoleDir}: serving the API only (run "npm run build")`);
  }
  await startupTimings.measure('app.init', () => app.init());
  return { app, config };
}

function configureHttp(app: NestExpressApplication, config: AppConfig): void {
  app.disable('x-powered-by');
  // Forwarded headers are believed only from the proxies the operator named (default: none).
  app.set('trust proxy', config.transport.trustProxy.length > 0 ? config.transport.trustProxy : false);
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          // Angular and Material attach component styles at run time as <style> elements.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'"],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
        },
      },
      crossOriginEmbedderPolicy: false,
      // Only when the operator declared that browsers reach MedLocal over HTTPS.
      strictTransportSecurity: config.transport.tlsTerminatedByProxy ? { maxAge: 15_552_000, includeSubDomains: false } : false,
    }),
  );
  app.useBodyParser('json', { limit: config.http.bodyLimit, verify: rejectInvalidUtf8 });
  app.use(cookieParser());
  if (config.http.corsOrigins.length > 0) app.enableCors({ origin: config.http.corsOrigins, credentials: true });
  app.setGlobalPrefix('api', { exclude: ['v1/{*path}', 'tokenize', 'metrics'] });
  app.useGlobalPipes(new MedLocalValidationPipe());
}

function rejectInvalidUtf8(_req: unknown, _res: unknown, buffer: Buffer): void {
  if (!isUtf8(buffer)) {
    throw Object.assign(new Error('Request body is not valid UTF-8'), { status: 400, type: 'encoding.unsupported' });
  }
  if (exceedsJsonNestingDepth({ json: buffer, maxDepth: MAX_JSON_NESTING_DEPTH })) {
    throw Object.assign(new Error(`Request body nests deeper than ${MAX_JSON_NESTING_DEPTH} levels`), { status: 400, type: 'entity.too.deep' });
  }
}
