import { Inject, Injectable, Logger, Optional, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { DatabaseTarget } from '@medlocal/database';
import type { Notification, Pool, PoolClient } from 'pg';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { DATA_SOURCE, DATABASE_TARGET } from '../../database/database.tokens';
import type { RevokeReason } from './session.service';

export interface SessionsEnded {
  readonly userId: string;
  readonly reason: RevokeReason;
}

/** The PostgreSQL channel every instance of one database listens on. */
const CHANNEL = 'medlocal_sessions_ended';
/** A listening connection that failed is opened again after this long. */
const RELISTEN_AFTER_MS = 2_000;
/** Read back from a little before the connection was lost: instances' clocks differ a little. */
const CATCH_UP_MARGIN_MS = 30_000;
/** The reasons `SessionService` tells listeners about: a sign-out and every end of all of a user's sessions. */
const ENDING_REASONS: readonly RevokeReason[] = ['logout', 'disabled', 'admin_end_sessions', 'local_sign_in_off', 'role_change'];

/**
 * Told when a user's sessions end for good (sign-out, disabled, ended by an admin), so what is
 * held for them only in memory — their open conversations — goes with them. Behind a balancer the
 * instance that ends the sessions is often not the one holding the conversations: on a PostgreSQL
 * server every instance hears it too (NOTIFY on one channel; each ignores its own), and an instance whose
 * listening connection was lost reads back, once it listens again, the sessions that ended meanwhile. The
 * embedded database serves one instance, which hears its own events directly.
 */
@Injectable()
export class SessionsEndedEvents implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(SessionsEndedEvents.name);
  private readonly listeners = new Set<(event: SessionsEnded) => Promise<unknown> | void>();
  /** Tells this instance's notifications from the others'. */
  private readonly origin = randomUUID();
  private pool: Pool | null = null;
  /** The connection held for LISTEN, and how to hand it back to the pool with our listeners removed. */
  private listening: { client: PoolClient; release: () => void } | null = null;
  /** When the listening connection was lost: what ended since is read back once it listens again. */
  private deafSince: Date | null = null;
  private closed = false;

  constructor(
    @Optional() @Inject(DATABASE_TARGET) private readonly target?: DatabaseTarget,
    @Optional() @Inject(DATA_SOURCE) private readonly dataSource?: DataSource,
  ) {}

  /** Events shared with every instance listening on this pool's database (what the module does on a PostgreSQL server). */
  static sharedThrough(pool: Pool): SessionsEndedEvents {
    const events = new SessionsEndedEvents();
    events.pool = pool;
    return events;
  }

  async onModuleInit(): Promise<void> {
    if (this.target?.kind === 'postgres' && this.dataSource) this.pool = (this.dataSource.driver as PostgresDriver).master as Pool;
    await this.listen();
  }

  async onModuleDestroy(): Promise<void> {
    this.closed = true;
    const held = this.listening;
    this.listening = null;
    if (!held) return;
    await held.client.query(`UNLISTEN ${CHANNEL}`).catch(() => undefined);
    held.release();
  }

  subscribe(listener: (event: SessionsEnded) => Promise<unknown> | void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async emit(event: SessionsEnded): Promise<void> {
    await this.tellListeners(event);
    if (!this.pool) return;
    // Told after this instance has dropped what it holds; a failure here leaves the others to their idle expiry.
    await this.pool
      .query('SELECT pg_notify($1, $2)', [CHANNEL, JSON.stringify({ userId: event.userId, reason: event.reason, origin: this.origin })])
      .catch((error: unknown) => this.logger.warn(`Other instances were not told that sessions ended: ${String(error)}`));
  }

  private async tellListeners(event: SessionsEnded): Promise<void> {
    for (const listener of this.listeners) {
      await Promise.resolve(listener(event)).catch((error: unknown) => this.logger.warn(`A sessions-ended listener failed: ${String(error)}`));
    }
  }

  /** One connection of the pool, held for LISTEN; opened again when it fails, until the module closes. */
  private async listen(): Promise<void> {
    if (!this.pool || this.closed) return;
    let client: PoolClient;
    try {
      client = await this.pool.connect();
    } catch (error) {
      this.retryListen(error);
      return;
    }
    const held = client;
    let released = false;
    const onNotification = (message: Notification): void => void this.heard(message.payload);
    // Our listeners go with the connection: once it is back in the pool (or destroyed), its errors are the pool's.
    const release = (destroy: boolean): void => {
      if (released) return;
      released = true;
      held.off('notification', onNotification);
      held.off('error', onError);
      held.release(destroy);
    };
    const onError = (error: unknown): void => {
      if (this.listening?.client === held) this.listening = null;
      release(true);
      this.deafSince ??= new Date();
      this.retryListen(error);
    };
    held.on('notification', onNotification);
    held.on('error', onError);
    try {
      await held.query(`LISTEN ${CHANNEL}`);
      this.listening = { client: held, release: () => release(false) };
      if (this.deafSince) await this.catchUp(held, this.deafSince);
    } catch (error) {
      onError(error);
    }
  }

  /** Sessions that ended for good while no notification could arrive: their users' conversations go now. */
  private async catchUp(client: PoolClient, since: Date): Promise<void> {
    const { rows } = await client.query<{ user_id: string; revoked_reason: RevokeReason }>(
      'SELECT DISTINCT user_id::text AS user_id, revoked_reason FROM session WHERE revoked_at >= $1 AND revoked_reason = ANY($2)',
      [new Date(since.getTime() - CATCH_UP_MARGIN_MS), ENDING_REASONS],
    );
    this.deafSince = null;
    for (const row of rows) await this.tellListeners({ userId: row.user_id, reason: row.revoked_reason });
  }

  private retryListen(error: unknown): void {
    if (this.closed) return;
    this.logger.warn(`Not listening for sessions ended on other instances (${String(error)}); trying again in ${RELISTEN_AFTER_MS} ms`);
    setTimeout(() => void this.listen(), RELISTEN_AFTER_MS).unref();
  }

  private async heard(payload: string | undefined): Promise<void> {
    let message: { userId?: unknown; reason?: unknown; origin?: unknown };
    try {
      message = JSON.parse(payload ?? '') as typeof message;
    } catch {
      return;
    }
    if (message.origin === this.origin || typeof message.userId !== 'string' || typeof message.reason !== 'string') return;
    await this.tellListeners({ userId: message.userId, reason: message.reason as RevokeReason });
  }
}
