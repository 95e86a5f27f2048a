import { startEmbeddedPostgres } from './embedded-postgres';
import type { StorageFault } from './storage-fault';
import type { DatabaseKind } from './data-source.util';
import type { EmbeddedInitialisation, EmbeddedTemplateSource } from './embedded-template';

export interface DatabaseTarget {
  readonly kind: DatabaseKind;
  readonly url: string;
  /** Host the application connects to: the egress guard allows exactly this one. */
  readonly host: string;
  /** Embedded only: how its data folder was made ready at this start (found, from the template, or initdb). */
  readonly initialisation?: EmbeddedInitialisation;
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
  /** Embedded only: silent this long it is reported not responding, this long it is restarted (library defaults otherwise). */
  watchdog?: { unresponsiveAfterMs: number; restartAfterMs: number };
  /** Embedded only: fills an empty data folder instead of initdb (see `restoreEmbeddedTemplate`). */
  template?: EmbeddedTemplateSource;
}): Promise<DatabaseTarget> {
  if (params.databaseUrl) {
    return { kind: 'postgres', url: params.databaseUrl, host: new URL(params.databaseUrl).hostname, close: async () => undefined };
  }
  const embedded = await startEmbeddedPostgres({
    dataDir: params.dataDir,
    onStorageChange: params.onStorageChange,
    template: params.template,
    ...params.watchdog,
  });
  return {
    kind: 'pglite',
    url: embedded.url,
    host: '127.0.0.1',
    initialisation: embedded.initialisation,
    storageFault: () => embedded.storageFault(),
    close: () => embedded.stop(),
  };
}
