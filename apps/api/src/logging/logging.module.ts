import { Inject, Module, RequestMethod, type DynamicModule, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { Logger, LoggerModule, PinoLogger } from 'nestjs-pino';
import type { IncomingMessage } from 'node:http';
import { pinoHttp, type HttpLogger, type Options as HttpLogOptions } from 'pino-http';
import { newRequestId } from './request-id.util';

/** Paths whose value must never reach a log line: credentials, and anything a clinician typed. */
export const LOG_REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
  'res.headers["set-cookie"]',
  'req.body',
  'body',
  'password',
  '*.password',
  'content',
  '*.content',
];

/**
 * Which log lines carry the request they were written for.
 * - `every-line`: any line written while a request is handled carries its id (the full API: audit, accounts, chat).
 * - `request-line-only`: only pino-http's line per request does. An inference node keeps no per-request context,
 *   because carrying it needs AsyncLocalStorage, and once one runs Node 20 hooks every promise of the process:
 *   node-llama-cpp's several promises per generated token then pay for it between two decode steps.
 */
export type RequestLogContext = 'every-line' | 'request-line-only';

const ALL_ROUTES = { path: '{*path}', method: RequestMethod.ALL };
const HTTP_LOGGER = Symbol('HTTP_LOGGER');

/**
 * Structured JSON logs (pino). Requests are logged by method and path only: query strings can
 * carry search text (`/api/terms/search?q=…`) and bodies carry questions, so neither is kept.
 */
@Module({})
export class LoggingModule {
  static forRoot(level: string, context: RequestLogContext): DynamicModule {
    const options = httpLogOptions(level);
    if (context === 'request-line-only') return RequestLineLoggingModule.forRoot(pinoHttp(options));
    return { module: LoggingModule, imports: [LoggerModule.forRoot({ forRoutes: [ALL_ROUTES], pinoHttp: options })] };
  }
}

/** pino-http as plain middleware, and nestjs-pino's Nest logger writing through the same pino instance. */
@Module({})
class RequestLineLoggingModule implements NestModule {
  constructor(@Inject(HTTP_LOGGER) private readonly httpLogger: HttpLogger) {}

  static forRoot(httpLogger: HttpLogger): DynamicModule {
    const nestLogger = new Logger(new PinoLogger({ pinoHttp: { logger: httpLogger.logger } }), {});
    return {
      module: RequestLineLoggingModule,
      global: true,
      providers: [
        { provide: HTTP_LOGGER, useValue: httpLogger },
        { provide: Logger, useValue: nestLogger },
      ],
      exports: [Logger],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(this.httpLogger).forRoutes(ALL_ROUTES);
  }
}

function httpLogOptions(level: string): HttpLogOptions {
  return {
    level,
    // pino-http's default is a per-process counter: instances sharing one audit database reused ids.
    genReqId: () => newRequestId(),
    redact: { paths: LOG_REDACT_PATHS, censor: '[redacted]' },
    serializers: {
      req: (req: IncomingMessage & { id?: unknown }) => ({ id: req.id, method: req.method, path: (req.url ?? '').split('?')[0] }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
    autoLogging: { ignore: (req) => (req.url ?? '').startsWith('/api/health') },
  };
}
