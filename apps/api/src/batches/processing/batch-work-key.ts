import { Logger } from '@nestjs/common';
import type { AppConfig } from '../../config';
import { loadOrCreateSecretFile } from '../../accounts/common/secret-file.util';

/**
 * The key that seals documents waiting in the queue. Instances that share one database must share
 * it (BATCH_WORK_KEY); a single instance keeps a generated one in DATA_DIR/batch-work.key (0600),
 * so its queue survives a restart.
 */
export function resolveBatchWorkKey(config: AppConfig): Buffer {
  if (config.batches.workKey) return Buffer.from(config.batches.workKey, 'hex');
  const generated = loadOrCreateSecretFile({ dataDir: config.dataDir, fileName: 'batch-work.key', bytes: 32 });
  if (config.database.url) {
    new Logger('BatchWorkKey').warn(
      { event: 'key.generated', key: 'BATCH_WORK_KEY', created: generated.created },
      'BATCH_WORK_KEY not set: queued batch documents are sealed with DATA_DIR/batch-work.key; set BATCH_WORK_KEY on every instance that shares this database',
    );
  }
  return generated.value;
}
