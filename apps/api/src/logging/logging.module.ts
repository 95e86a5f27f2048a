import { Module, RequestMethod, type DynamicModule } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { IncomingMessage } from 'node:http';
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
 * Structured JSON logs (pino). Requests are logged by method and path only: query strings can
 * carry search text (`/api/terms/search?q=…`) and bodies carry questions, so neither is kept.
 */
@Module({})
export class LoggingModule {
  static forRoot(level: string): DynamicModule {
    return {
      module: LoggingModule,
      imports: [
        LoggerModule.forRoot({
          forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
          pinoHttp: {
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
          },
        }),
      ],
    };
  }
}
