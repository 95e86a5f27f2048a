import { Logger } from '@nestjs/common';
import { ConfigurationError, type AppConfig } from '../../config';
import { loadOrCreateSecretFile } from './secret-file.util';

export const ACCOUNTS_KEYS = Symbol('ACCOUNTS_KEYS');

export interface AccountsKeys {
  readonly jwtKey: Uint8Array;
  /** Absent in production without TOTP_ENCRYPTION_KEY: MFA enrolment then fails closed. */
  readonly totpKey?: Buffer;
}

export function resolveAccountsKeys(config: AppConfig): AccountsKeys {
  const logger = new Logger('AccountsKeys');
  let jwtKey: Uint8Array;
  if (config.auth.jwtSecret) {
    jwtKey = new TextEncoder().encode(config.auth.jwtSecret);
  } else if (config.mode === 'demo') {
    const generated = loadOrCreateSecretFile({ dataDir: config.dataDir, fileName: 'jwt-secret.key', bytes: 32 });
    jwtKey = generated.value;
    logger.warn(
      { event: 'key.generated', key: 'JWT_SECRET', created: generated.created },
      'JWT_SECRET not set: demo mode signs sessions with a key kept in DATA_DIR/jwt-secret.key (0600)',
    );
  } else {
    throw new ConfigurationError(['Invalid configuration: JWT_SECRET must be set in production mode (at least 32 characters)']);
  }
  let totpKey: Buffer | undefined;
  if (config.auth.totpEncryptionKey) {
    totpKey = Buffer.from(config.auth.totpEncryptionKey, 'hex');
  } else if (config.mode === 'demo') {
    const generated = loadOrCreateSecretFile({ dataDir: config.dataDir, fileName: 'totp-encryption.key', bytes: 32 });
    totpKey = generated.value;
    logger.warn(
      { event: 'key.generated', key: 'TOTP_ENCRYPTION_KEY', created: generated.created },
      'TOTP_ENCRYPTION_KEY not set: demo mode seals TOTP secrets with a key kept in DATA_DIR/totp-encryption.key (0600)',
    );
  } else {
    logger.warn({ event: 'key.missing', key: 'TOTP_ENCRYPTION_KEY' }, 'TOTP_ENCRYPTION_KEY not set: MFA enrolment is refused until it is configured');
  }
  return { jwtKey, totpKey };
}
