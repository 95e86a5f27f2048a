import { BadRequestException, Inject, Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Request } from 'express';
import { catchError, from, throwError, type Observable } from 'rxjs';
import { requestContextOf } from '../../common/access/request-context.util';
import { AuthService } from './auth.service';

/**
 * On POST /api/auth/login: a body the validation pipe refuses (NUL in the username, one past 32
 * characters, an empty or NUL password, stray fields) is a sign-in attempt too. It is rate-limited and
 * audited like one (`auth.login_failed`, reason `request_refused`) and answered 400 with a code.
 * The pipes run inside the interceptors, so their refusal passes through here.
 */
@Injectable()
export class SignInRequestRefusalInterceptor implements NestInterceptor {
  constructor(@Inject(AuthService) private readonly auth: AuthService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      catchError((error: unknown) => {
        if (!(error instanceof BadRequestException)) return throwError(() => error);
        const request = context.switchToHttp().getRequest<Request>();
        return from(this.auth.refuseInvalidRequest({ problem: problemOf(error), context: requestContextOf(request) }));
      }),
    );
  }
}

/** What the validation said, for the client: field names and rules, never the values sent. */
function problemOf(error: BadRequestException): string {
  const response = error.getResponse();
  const message = typeof response === 'object' && response !== null ? (response as { message?: unknown }).message : response;
  if (Array.isArray(message)) return message.map(String).join('; ');
  return typeof message === 'string' ? message : 'the request is not valid';
}
