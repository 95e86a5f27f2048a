import { Injectable, Logger } from '@nestjs/common';
import type { RevokeReason } from './session.service';

export interface SessionsEnded {
  readonly userId: string;
  readonly reason: RevokeReason;
}

/**
 * Told when a user's sessions end for good (sign-out, disabled, ended by an admin), so what is
 * held for them only in memory — their open conversations — goes with them.
 */
@Injectable()
export class SessionsEndedEvents {
  private readonly logger = new Logger(SessionsEndedEvents.name);
  private readonly listeners = new Set<(event: SessionsEnded) => Promise<unknown> | void>();

  subscribe(listener: (event: SessionsEnded) => Promise<unknown> | void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async emit(event: SessionsEnded): Promise<void> {
    for (const listener of this.listeners) {
      await Promise.resolve(listener(event)).catch((error: unknown) => this.logger.warn(`A sessions-ended listener failed: ${String(error)}`));
    }
  }
}
