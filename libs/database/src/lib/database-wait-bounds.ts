import { Client, type ClientConfig, type PoolConfig } from 'pg';

/** How long one database wait may last. Every pool MedLocal opens gets these bounds. */
export interface DatabaseWaitBounds {
  /** Opening a connection, or waiting for a free one in the pool. */
  readonly connectTimeoutMs: number;
  /** One statement on the server; the client gives up `QUERY_TIMEOUT_MARGIN_MS` later. */
  readonly statementTimeoutMs: number;
  /** Waiting for a lock (a table another session locked, the audit chain lock). */
  readonly lockTimeoutMs: number;
}

export const DEFAULT_DATABASE_WAIT_BOUNDS: DatabaseWaitBounds = {
  connectTimeoutMs: 5_000,
  statementTimeoutMs: 10_000,
  lockTimeoutMs: 5_000,
};

/**
 * The server cancels a slow statement itself (a clean 57014) before the client stops waiting; the
 * client-side bound only fires when the server cannot answer at all (a stalled network or relay).
 */
export const QUERY_TIMEOUT_MARGIN_MS = 1_000;
/** A transaction left open by a crashed request must not hold the audit chain lock for long. */
const IDLE_IN_TRANSACTION_TIMEOUT_MS = 60_000;
/** Half-open connections (a peer gone without a FIN) are noticed by the kernel, not by a query that never returns. */
const KEEPALIVE_INITIAL_DELAY_MS = 10_000;

/** The longest a request waits for one database call before it is told the database is unavailable. */
export function databaseCallBoundMs(bounds: DatabaseWaitBounds): number {
  return bounds.connectTimeoutMs + bounds.statementTimeoutMs + QUERY_TIMEOUT_MARGIN_MS;
}

/**
 * A pg client that discards its connection when a reply never came: pg's `query_timeout` rejects the
 * query but keeps the connection, so the next query would queue behind the lost one on the same
 * silent socket. Destroying the socket makes the pool drop the client and open a fresh one.
 */
export class BoundedClient extends Client {
  override query(...args: unknown[]): never {
    const callback = typeof args[args.length - 1] === 'function' ? (args.pop() as (error: Error | null, result?: unknown) => void) : undefined;
    const discardIfLost = (error: unknown) => {
      if (error instanceof Error && error.message === 'Query read timeout') this.discardConnection();
    };
    if (callback) {
      return (super.query as (...forwarded: unknown[]) => never)(...args, (error: Error | null, result?: unknown) => {
        discardIfLost(error);
        callback(error, result);
      });
    }
    const result = (super.query as (...forwarded: unknown[]) => unknown)(...args);
    if (result && typeof (result as Promise<unknown>).then === 'function') (result as Promise<unknown>).catch(discardIfLost);
    return result as never;
  }

  private discardConnection(): void {
    (this as unknown as { connection?: { stream?: { destroy(error?: Error): void } } }).connection?.stream?.destroy(
      new Error('Connection terminated: the database did not answer within the query timeout'),
    );
  }
}

/**
 * Pool options that bound every wait: connect (and wait-for-a-free-client), statement, lock and
 * idle-in-transaction timeouts on the server, a client-side query timeout for a server that cannot
 * answer at all, and TCP keepalive. Use it for every `pg` pool (TypeORM's `extra` included).
 */
export function boundedPoolOptions(bounds: DatabaseWaitBounds = DEFAULT_DATABASE_WAIT_BOUNDS): PoolConfig & ClientConfig {
  return {
    Client: BoundedClient,
    connectionTimeoutMillis: bounds.connectTimeoutMs,
    statement_timeout: bounds.statementTimeoutMs,
    lock_timeout: bounds.lockTimeoutMs,
    idle_in_transaction_session_timeout: IDLE_IN_TRANSACTION_TIMEOUT_MS,
    query_timeout: bounds.statementTimeoutMs + QUERY_TIMEOUT_MARGIN_MS,
    keepAlive: true,
    keepAliveInitialDelayMillis: KEEPALIVE_INITIAL_DELAY_MS,
  };
}
