import { inject } from '@angular/core';
import { AuthStore } from './auth.store';

/**
 * App initializer: a reload keeps the refresh cookie but loses the in-memory access token, so
 * try one refresh before the first route is matched. A refused refresh simply means "not signed in".
 */
export function restoreSession(): Promise<unknown> {
  return inject(AuthStore).refresh();
}
