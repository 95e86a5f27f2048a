import { SetMetadata } from '@nestjs/common';

export const NOT_USER_ACTIVITY = 'medlocal:not-user-activity';

/**
 * Marks a route the console calls on its own (status polling, the token-refresh timer): such a
 * request proves a tab is open, not that anyone is at it, so it does not reset the session's idle
 * clock. Without this an open tab would keep a server-side session alive forever.
 */
export const NotUserActivity = (): MethodDecorator & ClassDecorator => SetMetadata(NOT_USER_ACTIVITY, true);
