import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { inspect } from 'node:util';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AuditStoreError, AuditStoreErrorCode } from './audit-store.errors';

export interface AuditHmacKey {
  readonly keyId: string;
  readonly key: Buffer;
}

export interface AuditInputDigest {
  readonly inputHmac: string;
  readonly hmacKeyId: string;
}

const MIN_KEY_BYTES = 32;

/**
 * Keyed hash of a question's raw text: lets an auditor confirm "this text was the question of event
 * N" without the database ever holding the text. The current key signs; older keys stay for checks
 * after a rotation. Keys are hidden from JSON and `util.inspect` so a stray log line cannot leak one.
 */
export class AuditHmac {
  readonly currentKeyId: string;
  readonly #keys: ReadonlyMap<string, Buffer>;

  constructor(current: AuditHmacKey, previous: readonly AuditHmacKey[] = []) {
    const keys = new Map<string, Buffer>();
    for (const entry of [...previous, current]) keys.set(entry.keyId, assertUsableKey(entry));
    this.#keys = keys;
    this.currentKeyId = current.keyId;
  }

  digest(text: string): AuditInputDigest {
    return {
      inputHmac: hmacHex(this.#keys.get(this.currentKeyId) as Buffer, text),
      hmacKeyId: this.currentKeyId,
    };
  }

  /** True when `text` produced `inputHmac` under `hmacKeyId`; false for unknown keys. */
  matches(text: string, digest: AuditInputDigest): boolean {
    const key = this.#keys.get(digest.hmacKeyId);
    if (!key) return false;
    const expected = Buffer.from(hmacHex(key, text), 'hex');
    const given = Buffer.from(digest.inputHmac, 'hex');
    return expected.length === given.length && timingSafeEqual(expected, given);
  }

  /**
   * MAC for the local audit spool, under a key derived from the current one (never the question key
   * itself), so a journal line can be checked after a restart without the key ever being written.
   */
  journalMac(data: string): { keyId: string; mac: string } {
    return {
      keyId: this.currentKeyId,
      mac: hmacHex(journalKey(this.#keys.get(this.currentKeyId) as Buffer), data),
    };
  }

  journalMacMatches(keyId: string, data: string, mac: string): boolean {
    const key = this.#keys.get(keyId);
    if (!key) return false;
    const expected = Buffer.from(hmacHex(journalKey(key), data), 'hex');
    const given = Buffer.from(mac, 'hex');
    return expected.length === given.length && timingSafeEqual(expected, given);
  }

  keyIds(): string[] {
    return [...this.#keys.keys()];
  }

  toJSON(): { currentKeyId: string; keyIds: string[] } {
    return { currentKeyId: this.currentKeyId, keyIds: this.keyIds() };
  }

  [inspect.custom](): string {
    return `AuditHmac { currentKeyId: '${this.currentKeyId}', keys: ${this.#keys.size} (hidden) }`;
  }
}

/** Key file shape: several keys, one current; rotation appends a key and moves `currentKeyId`. */
export interface AuditKeyFile {
  readonly currentKeyId: string;
  readonly keys: readonly { keyId: string; key: string }[];
}

export const AUDIT_KEY_FILE_NAME = 'audit-hmac-keys.json';

/**
 * Loads the HMAC keys: `AUDIT_HMAC_KEY` (hex or base64, at least 32 bytes) wins and becomes the
 * current key, with the key file's keys kept for verifying older events.
 */
export async function loadAuditHmac(params: { envKey?: string; keyFilePath?: string }): Promise<AuditHmac> {
  const fileKeys = params.keyFilePath ? await readKeyFile(params.keyFilePath) : null;
  const previous = fileKeys?.keys ?? [];
  if (params.envKey && params.envKey.trim().length > 0) {
    const key = decodeKey(params.envKey.trim(), 'AUDIT_HMAC_KEY');
    const current = { keyId: fingerprintKeyId(key), key };
    return new AuditHmac(
      current,
      previous.filter((entry) => entry.keyId !== current.keyId),
    );
  }
  if (!fileKeys) {
    throw new AuditStoreError(AuditStoreErrorCode.HmacKeyInvalid, 'no audit HMAC key: set AUDIT_HMAC_KEY or provide a key file');
  }
  const current = fileKeys.keys.find((entry) => entry.keyId === fileKeys.currentKeyId);
  if (!current) throw new AuditStoreError(AuditStoreErrorCode.HmacKeyInvalid, 'audit key file names a current key it does not hold');
  return new AuditHmac(
    current,
    fileKeys.keys.filter((entry) => entry !== current),
  );
}

/** Creates `<dataDir>/audit-hmac-keys.json` (mode 0600) with a fresh random key unless it exists. */
export async function ensureAuditKeyFile(dataDir: string): Promise<{ path: string; generated: boolean }> {
  const path = join(dataDir, AUDIT_KEY_FILE_NAME);
  await mkdir(dataDir, { recursive: true });
  const keyId = newKeyId();
  const file: AuditKeyFile = {
    currentKeyId: keyId,
    keys: [{ keyId, key: randomBytes(32).toString('base64') }],
  };
  try {
    await writeFile(path, `${JSON.stringify(file, null, 2)}\n`, {
      mode: 0o600,
      flag: 'wx',
    });
    return { path, generated: true };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return { path, generated: false };
    throw error;
  }
}

/** Adds a new random key to the key file and makes it current; old keys stay for verification. */
export async function rotateAuditKeyFile(path: string): Promise<{ currentKeyId: string }> {
  const existing = JSON.parse(await readFile(path, 'utf8')) as AuditKeyFile;
  const keyId = newKeyId();
  const file: AuditKeyFile = {
    currentKeyId: keyId,
    keys: [...existing.keys, { keyId, key: randomBytes(32).toString('base64') }],
  };
  await writeFile(path, `${JSON.stringify(file, null, 2)}\n`, { mode: 0o600 });
  return { currentKeyId: keyId };
}

async function readKeyFile(path: string): Promise<{ currentKeyId: string; keys: AuditHmacKey[] }> {
  let parsed: AuditKeyFile;
  try {
    parsed = JSON.parse(await readFile(path, 'utf8')) as AuditKeyFile;
  } catch (error) {
    throw new AuditStoreError(AuditStoreErrorCode.HmacKeyInvalid, `audit key file unreadable: ${path}`, { cause: error });
  }
  if (!Array.isArray(parsed.keys) || typeof parsed.currentKeyId !== 'string') {
    throw new AuditStoreError(AuditStoreErrorCode.HmacKeyInvalid, `audit key file malformed: ${path}`);
  }
  return {
    currentKeyId: parsed.currentKeyId,
    keys: parsed.keys.map((entry) => ({
      keyId: entry.keyId,
      key: decodeKey(entry.key, `key ${entry.keyId}`),
    })),
  };
}

function decodeKey(encoded: string, label: string): Buffer {
  const key = /^[0-9a-fA-F]+$/.test(encoded) && encoded.length % 2 === 0 ? Buffer.from(encoded, 'hex') : Buffer.from(encoded, 'base64');
  if (key.length < MIN_KEY_BYTES) {
    throw new AuditStoreError(AuditStoreErrorCode.HmacKeyInvalid, `${label} must decode (hex or base64) to at least ${MIN_KEY_BYTES} bytes`);
  }
  return key;
}

function assertUsableKey(entry: AuditHmacKey): Buffer {
  if (!/^[A-Za-z0-9._-]{1,64}$/.test(entry.keyId)) throw new AuditStoreError(AuditStoreErrorCode.HmacKeyInvalid, 'audit HMAC key id malformed');
  if (entry.key.length < MIN_KEY_BYTES) {
    throw new AuditStoreError(AuditStoreErrorCode.HmacKeyInvalid, `audit HMAC key ${entry.keyId} shorter than ${MIN_KEY_BYTES} bytes`);
  }
  return entry.key;
}

/** A key id derived from the key without revealing it, so the same env key always gets the same id. */
function fingerprintKeyId(key: Buffer): string {
  return `env-${createHash('sha256').update('medlocal-audit-key-id').update(key).digest('hex').slice(0, 12)}`;
}

function newKeyId(): string {
  return `k-${new Date().toISOString().slice(0, 10).replace(/-/g, '')}-${randomBytes(3).toString('hex')}`;
}

function hmacHex(key: Buffer, text: string): string {
  return createHmac('sha256', key).update(text, 'utf8').digest('hex');
}

/** Domain separation: the spool's MAC key is derived, so a spool MAC can never pass as a question HMAC. */
function journalKey(key: Buffer): Buffer {
  return createHmac('sha256', key).update('medlocal-audit-spool-v1').digest();
}
