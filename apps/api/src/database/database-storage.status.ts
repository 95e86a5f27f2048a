import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { DatabaseTarget, StorageFault } from '@medlocal/database';
import { StatusRegistry } from '../reporting/status.registry';
import { DATABASE_TARGET } from './database.tokens';

export type DatabaseStorageSection = {
  readonly storage: { readonly ok: boolean; readonly fault: StorageFault | null } | null;
};

/** `GET /api/status` shows the embedded database's storage fault (path and cause), so the console can name it. */
@Injectable()
export class DatabaseStorageStatus implements OnModuleInit {
  constructor(
    private readonly registry: StatusRegistry,
    @Inject(DATABASE_TARGET) private readonly target: DatabaseTarget,
  ) {}

  onModuleInit(): void {
    this.registry.register({ contribute: () => Promise.resolve(this.section()) });
  }

  section(): DatabaseStorageSection {
    if (!this.target.storageFault) return { storage: null };
    const fault = this.target.storageFault();
    return { storage: { ok: fault === null, fault } };
  }
}
