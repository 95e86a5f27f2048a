import { startEmbeddedPostgres } from './embedded-postgres';
import type { StorageFault } from './storage-fault';
import type { DatabaseKind } from './data-source.util';

export interface DatabaseTarget {
  readonly kind: DatabaseKind;
  readonly url: string;
  /** Host the application connects to: the egress guard allows exactly this one. */
  readonly host: string;
  /** Embedded only: the storage condition (full, read-only or failing disk) that stops it serving now, or null. */
  storageFault?(): StorageFault | null;
  close(): Promise<void>;
}

/** A real PostgreSQL server when a URL is configured, else the embedded one with data in `dataDir`. */
export async function openDatabaseTarget(params: {
  databaseUrl?: string;
  dataDir: string | 'memory';
  /** Embedded only: told when a storage fault starts and when it clears (null). */
  onStorageChange?: (fault: StorageFault | null) => void;
}): Promise<DatabaseTarget> {
  if (params.databaseUrl) {
    return { kind: 'postgres', url: params.databaseUrl, host: new URL(params.databaseUrl).hostname, close: async () => undefined };
  }
  const embedded = await startEmbeddedPostgres({ dataDir: params.dataDir, onStorageChange: params.onStorageChange });
  return { kind: 'pglite', url: embedded.url, host: '127.0.0.1', storageFault: () => embedded.storageFault(), close: () => embedded.stop() };
}
