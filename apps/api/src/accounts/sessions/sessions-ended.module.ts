import { Module } from '@nestjs/common';
import { SessionsEndedEvents } from './sessions-ended.events';

/**
 * The one `SessionsEndedEvents` of the process, apart from the rest of accounts so that what keeps
 * per-user state in memory (chat's conversations) subscribes to it without importing all of accounts.
 */
@Module({ providers: [SessionsEndedEvents], exports: [SessionsEndedEvents] })
export class SessionsEndedModule {}
