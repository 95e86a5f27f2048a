import { Logger } from '@nestjs/common';
import { ensureAuditKeyFile, loadAuditHmac, type AuditHmac } from '@medlocal/audit';
import type { AppConfig } from '../config';

/**
 * The key that turns each question into an HMAC lives outside the database: AUDIT_HMAC_KEY or a
 * key file. The demo start generates a key file in the data folder; production must supply one.
 */
export async function loadAuditHmacForApp(config: AppConfig): Promise<AuditHmac> {
  const logger = new Logger('Audit');
  let keyFilePath = config.audit.hmacKeyFile;
  if (!config.audit.hmacKey && !keyFilePath) {
    if (config.mode !== 'demo') {
      throw new Error('Audit HMAC key missing: set AUDIT_HMAC_KEY or AUDIT_HMAC_KEY_FILE (production mode never generates one)');
    }
    const keyFile = await ensureAuditKeyFile(config.dataDir);
    keyFilePath = keyFile.path;
    if (keyFile.generated) logger.warn(`Demo start: generated an audit HMAC key file at ${keyFile.path}; keep it outside backups of the database`);
  }
  return loadAuditHmac({ envKey: config.audit.hmacKey, keyFilePath });
}
