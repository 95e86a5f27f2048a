import { HttpErrorResponse, type HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, from, switchMap, throwError } from 'rxjs';
import { AuthStore } from './auth.store';

const PUBLIC_AUTH_PATHS = ['/api/auth/login', '/api/auth/mfa', '/api/auth/refresh'];

/**
 * Adds the bearer token to API calls. On a 401 it refreshes once and repeats the request; when
 * the refresh fails the session is over and the user goes to sign-in with a notice.
 */
export const authInterceptor: HttpInterceptorFn = (request, next) => {
  if (!request.url.startsWith('/api/') || PUBLIC_AUTH_PATHS.some((path) => request.url.startsWith(path))) {
    return next(request);
  }
  const auth = inject(AuthStore);
  const router = inject(Router);
  const withToken = () => request.clone({ setHeaders: auth.authorizationHeader() });
  return next(withToken()).pipe(
    catchError((error: unknown) => {
      if (!(error instanceof HttpErrorResponse) || error.status !== 401) return throwError(() => error);
      return from(auth.refresh()).pipe(
        switchMap((refreshed) => {
          if (refreshed) return next(withToken());
          void router.navigate(['/sign-in'], { queryParams: { reason: 'expired', returnUrl: router.url } });
          return throwError(() => error);
        }),
      );
    }),
  );
};
