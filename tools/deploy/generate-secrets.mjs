#!/usr/bin/env node
// Generates every secret a production MedLocal needs, one file each (0600) in one folder (0700),
// plus secrets.env: the <NAME>_FILE variables that point at them (for systemd EnvironmentFile= or
// compose). Existing files are kept, never overwritten: rerunning it is safe, and a key that
// already sealed data (TOTP, batch queue, audit HMAC) is never replaced by accident.
//
// usage: npm run secrets -- [--out DIR] [--refer-as DIR] [--database-host HOST] [--owner UID[:GID]]
//   --out            where to write (default ./secrets)
//   --refer-as       the folder as the service sees it, written into secrets.env (default: --out,
//                    absolute); e.g. /run/secrets for compose
//   --database-host  also write database_url for PostgreSQL user "medlocal" on HOST (compose: db)
//   --owner          chown the files (when run as root), e.g. 10001 for the container user
// Only Node.js built-ins: it runs on the host, in the image, or anywhere Node 20 is.
import { randomBytes, randomInt } from 'node:crypto';
import { chmodSync, chownSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const hex32 = () => randomBytes(32).toString('hex');

function password(length = 20) {
  // Look-alikes left out (read off a screen); every class present, so the password policy accepts it.
  const classes = ['abcdefghijkmnpqrstuvwxyz', 'ABCDEFGHJKLMNPQRSTUVWXYZ', '23456789', '#%+=?@'];
  const all = classes.join('');
  const chars = classes.map((set) => set[randomInt(set.length)]);
  while (chars.length < length) chars.push(all[randomInt(all.length)]);
  for (let i = chars.length - 1; i > 0; i -= 1) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j], chars[i]];
  }
  return chars.join('');
}

function auditKeyFile() {
  // The format AUDIT_HMAC_KEY_FILE reads (libs/audit audit-hmac.ts): several keys, one current.
  const keyId = `k-${new Date().toISOString().slice(0, 10).replace(/-/g, '')}-${randomBytes(3).toString('hex')}`;
  return `${JSON.stringify({ currentKeyId: keyId, keys: [{ keyId, key: randomBytes(32).toString('base64') }] }, null, 2)}\n`;
}

function parseArgs(argv) {
  const options = new Map();
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') options.set('help', 'true');
    else if (arg.startsWith('--') && arg.includes('=')) options.set(arg.slice(2, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1));
    else if (arg.startsWith('--') && argv[i + 1] !== undefined) options.set(arg.slice(2), argv[(i += 1)]);
    else throw new Error(`Unexpected argument "${arg}" (see --help)`);
  }
  const known = new Set(['help', 'out', 'refer-as', 'database-host', 'owner']);
  for (const name of options.keys()) if (!known.has(name)) throw new Error(`Unknown option --${name} (see --help)`);
  return options;
}

function main() {
  const options = parseArgs(process.argv.slice(2));
  if (options.has('help')) {
    process.stdout.write(
      readFileSync(new URL(import.meta.url), 'utf8')
        .split('\n')
        .filter((line) => line.startsWith('//'))
        .map((line) => line.slice(3))
        .join('\n') + '\n',
    );
    return;
  }
  const out = path.resolve(options.get('out') ?? 'secrets');
  const referAs = options.get('refer-as') ?? out;
  const databaseHost = options.get('database-host');
  if (databaseHost !== undefined && !/^[A-Za-z0-9.:-]+$/.test(databaseHost))
    throw new Error(`--database-host must be a host name or address (got ${JSON.stringify(databaseHost)})`);
  const owner = options.get('owner');
  const [uid, gid] = owner ? owner.split(':').map(Number) : [];
  if (owner && (!Number.isInteger(uid) || (gid !== undefined && !Number.isInteger(gid)))) throw new Error(`--owner must be UID or UID:GID (got ${owner})`);

  // The variable each file feeds, and how a fresh value is made.
  const secrets = [
    { file: 'jwt_secret', variable: 'JWT_SECRET_FILE', make: hex32 },
    { file: 'totp_encryption_key', variable: 'TOTP_ENCRYPTION_KEY_FILE', make: hex32 },
    { file: 'batch_work_key', variable: 'BATCH_WORK_KEY_FILE', make: hex32 },
    { file: 'metrics_token', variable: 'METRICS_TOKEN_FILE', make: () => randomBytes(24).toString('base64url') },
    { file: 'audit_hmac_keys.json', variable: 'AUDIT_HMAC_KEY_FILE', make: auditKeyFile },
    { file: 'admin_password', variable: 'ADMIN_PASSWORD_FILE', make: () => password() },
    { file: 'postgres_password', variable: undefined, make: hex32 },
  ];
  mkdirSync(out, { recursive: true, mode: 0o700 });
  chmodSync(out, 0o700);
  const made = [];
  const kept = [];
  const write = (name, content) => {
    const file = path.join(out, name);
    if (existsSync(file)) {
      kept.push(name);
    } else {
      writeFileSync(file, content, { mode: 0o600, flag: 'wx' });
      made.push(name);
    }
    chmodSync(file, 0o600);
    if (owner) chownSync(file, uid, gid ?? uid);
  };
  for (const secret of secrets) write(secret.file, `${secret.make()}\n`);
  if (databaseHost) {
    const pgPassword = readFileSync(path.join(out, 'postgres_password'), 'utf8').trim();
    write('database_url', `postgres://medlocal:${pgPassword}@${databaseHost}:5432/medlocal\n`);
  }
  const variables = secrets.filter((secret) => secret.variable).map((secret) => `${secret.variable}=${path.posix.join(referAs, secret.file)}`);
  if (existsSync(path.join(out, 'database_url'))) variables.push(`DATABASE_URL_FILE=${path.posix.join(referAs, 'database_url')}`);
  writeFileSync(
    path.join(out, 'secrets.env'),
    `# Generated by "npm run secrets": where MedLocal reads each secret from (no secret in this file).\n${variables.join('\n')}\n`,
    { mode: 0o600 },
  );
  chmodSync(path.join(out, 'secrets.env'), 0o600);
  if (owner) {
    chownSync(path.join(out, 'secrets.env'), uid, gid ?? uid);
    chownSync(out, uid, gid ?? uid);
  }
  process.stdout.write(
    `Secrets in ${out} (folder 0700, files 0600): ${made.length} generated${made.length ? ` (${made.join(', ')})` : ''}, ${kept.length} kept as they were.\n`,
  );
  process.stdout.write(`Point MedLocal at them with ${path.join(out, 'secrets.env')} (EnvironmentFile= in systemd, env_file in compose).\n`);
  process.stdout.write('Back up this folder apart from the database backups; without it the audit trail cannot be checked and TOTP enrolments are lost.\n');
}

try {
  main();
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
