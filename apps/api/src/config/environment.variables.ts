import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUrl, Matches, Max, Min, MinLength, ValidateIf } from 'class-validator';

const SECRET_VARIABLES = new Set<string>();

/** Marks a variable whose value must never be printed: not in logs, not in error messages. */
function Secret(): PropertyDecorator {
  return (_target, propertyKey) => {
    SECRET_VARIABLES.add(String(propertyKey));
  };
}

export function isSecretVariable(name: string): boolean {
  return SECRET_VARIABLES.has(name);
}

const toBoolean = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? (({ true: true, '1': true, false: false, '0': false } as Record<string, boolean>)[value.toLowerCase()] ?? value) : value;
const toInteger = ({ value }: { value: unknown }) => (typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value);

/**
 * Every environment variable MedLocal reads, validated once at start-up. A bad value stops the
 * process with one line per variable saying what is allowed (see load-config.ts).
 */
export class EnvironmentVariables {
  @IsIn(['demo', 'production'])
  MEDLOCAL_MODE: 'demo' | 'production' = 'production';

  @IsIn(['all', 'inference-node'])
  MEDLOCAL_ROLE: 'all' | 'inference-node' = 'all';

  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT = 6006;

  @IsString()
  @Matches(/^[0-9a-fA-F.:]+$|^localhost$/, { message: 'HOST must be an IP address or localhost' })
  HOST = '127.0.0.1';

  @IsString()
  @MinLength(1)
  DATA_DIR = './data';

  @IsOptional()
  @Secret()
  @IsUrl({ protocols: ['postgres', 'postgresql'], require_tld: false, require_protocol: true }, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL?: string;

  // --- database waits: every pool is bounded, so a stalled or locked database gives a 503, never a hang ---
  @Transform(toInteger)
  @IsInt()
  @Min(100)
  @Max(600_000)
  DATABASE_CONNECT_TIMEOUT_MS = 5_000;

  @Transform(toInteger)
  @IsInt()
  @Min(100)
  @Max(3_600_000)
  DATABASE_STATEMENT_TIMEOUT_MS = 10_000;

  @Transform(toInteger)
  @IsInt()
  @Min(100)
  @Max(600_000)
  DATABASE_LOCK_TIMEOUT_MS = 5_000;

  // --- embedded database watchdog: how long its thread may stay silent before it is reported, then restarted ---
  @Transform(toInteger)
  @IsInt()
  @Min(1_000)
  @Max(600_000)
  EMBEDDED_DATABASE_UNRESPONSIVE_AFTER_MS = 10_000;

  @Transform(toInteger)
  @IsInt()
  @Min(1_000)
  @Max(3_600_000)
  EMBEDDED_DATABASE_RESTART_AFTER_MS = 60_000;

  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9.:\-_]+(,[A-Za-z0-9.:\-_]+)*$/, { message: 'EGRESS_ALLOW must be a comma-separated list of host names or IP addresses' })
  EGRESS_ALLOW?: string;

  @IsOptional()
  @IsString()
  @Matches(/^https?:\/\/[^,\s]+(,https?:\/\/[^,\s]+)*$/, { message: 'CORS_ORIGINS must be a comma-separated list of http(s) origins' })
  CORS_ORIGINS?: string;

  @IsString()
  @Matches(/^\d+(kb|mb)$/i, { message: 'BODY_LIMIT must look like 256kb or 1mb' })
  BODY_LIMIT = '1mb';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  @Transform(toInteger)
  @IsInt()
  @Min(1000)
  @Max(600_000)
  SHUTDOWN_GRACE_MS = 15_000;

  // --- inference ---
  @IsOptional()
  @IsString()
  @MinLength(1)
  MODEL_PATH?: string;

  @IsIn(['auto', 'cuda', 'vulkan', 'cpu'])
  INFERENCE_GPU: 'auto' | 'cuda' | 'vulkan' | 'cpu' = 'auto';

  @IsString()
  @Matches(/^(auto|max|\d+)$/, { message: 'INFERENCE_GPU_LAYERS must be auto, max or a whole number' })
  INFERENCE_GPU_LAYERS = 'auto';

  @IsOptional()
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(256)
  INFERENCE_THREADS?: number;

  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(64)
  INFERENCE_PARALLEL = 4;

  /** Prompt tokens a decode step takes while another answer streams (chunked prefill); unset: 128 on the CPU, the whole batch on a GPU. */
  @IsOptional()
  @Transform(toInteger)
  @IsInt()
  @Min(16)
  @Max(8192)
  INFERENCE_PREFILL_CHUNK_TOKENS?: number;

  @Transform(toInteger)
  @IsInt()
  @Min(0)
  @Max(10_000)
  INFERENCE_QUEUE_MAX = 32;

  @Transform(toInteger)
  @IsInt()
  @Min(100)
  @Max(3_600_000)
  INFERENCE_QUEUE_TIMEOUT_MS = 120_000;

  /** Generations one caller (a user or an API key) may run at once; its further questions wait their turn. */
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(64)
  INFERENCE_MAX_CONCURRENT_PER_CALLER = 2;

  /**
   * Generations all admin-issued API keys (hospital systems on /v1) may run together; unset:
   * INFERENCE_PARALLEL - 1 (at least 1), so a clinician always finds a sequence.
   */
  @IsOptional()
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(64)
  INFERENCE_API_KEYS_MAX_RUNNING?: number;

  /** Questions one caller may have waiting (429 beyond); unset: a quarter of INFERENCE_QUEUE_MAX. */
  @IsOptional()
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(10_000)
  INFERENCE_QUEUE_MAX_PER_CALLER?: number;

  @IsOptional()
  @Transform(toInteger)
  @IsInt()
  @Min(256)
  @Max(1_048_576)
  INFERENCE_CONTEXT_SIZE?: number;

  @Transform(toInteger)
  @IsInt()
  @Min(16)
  @Max(32_768)
  INFERENCE_THOUGHT_BUDGET_TOKENS = 1024;

  @Transform(toInteger)
  @IsInt()
  @Min(16)
  @Max(32_768)
  INFERENCE_MAX_ANSWER_TOKENS = 1024;

  /** Health turns 503 when answers are in flight and none moved (a token, a prompt batch) for this long (0: never). */
  @Transform(toInteger)
  @IsInt()
  @Min(0)
  @Max(3_600_000)
  INFERENCE_STALL_LIMIT_MS = 120_000;

  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_tld: false, require_protocol: true }, { message: 'INFERENCE_REMOTE_URL must be an http(s) URL' })
  INFERENCE_REMOTE_URL?: string;

  @IsOptional()
  @IsString()
  @Secret()
  INFERENCE_REMOTE_API_KEY?: string;

  /** The model id to ask the remote server for, where it serves several (vLLM); unset: the first it lists. */
  @IsOptional()
  @IsString()
  @Matches(/^[\w.:/@+-]{1,200}$/, { message: 'INFERENCE_REMOTE_MODEL must be a model id (letters, digits and . : / @ + - _, at most 200)' })
  INFERENCE_REMOTE_MODEL?: string;

  /** The nodes behind INFERENCE_REMOTE_URL's balancer, each asked for its own state by `GET /api/status` (questions still go through the balancer). */
  @IsOptional()
  @IsString()
  @Matches(/^https?:\/\/[^,\s]+(,https?:\/\/[^,\s]+)*$/, {
    message: 'INFERENCE_NODE_URLS must be a comma-separated list of http(s) URLs, each like INFERENCE_REMOTE_URL',
  })
  INFERENCE_NODE_URLS?: string;

  @IsOptional()
  @IsString()
  @Secret()
  @Matches(/^[^,\s]{24,}(,[^,\s]{24,})*$/, { message: 'MEDLOCAL_API_KEYS must be comma-separated keys of at least 24 characters' })
  MEDLOCAL_API_KEYS?: string;

  // --- accounts and sessions ---
  @IsOptional()
  @IsString()
  @Secret()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET?: string;

  @IsOptional()
  @IsString()
  @Matches(/^[a-z][a-z0-9._-]{2,31}$/, { message: 'ADMIN_USERNAME must be 3-32 characters: lower-case letters, digits, . _ -' })
  ADMIN_USERNAME?: string;

  @ValidateIf((env: EnvironmentVariables) => env.ADMIN_PASSWORD !== undefined)
  @IsString()
  @Secret()
  ADMIN_PASSWORD?: string;

  @Transform(toInteger)
  @IsInt()
  @Min(60)
  @Max(3600)
  ACCESS_TOKEN_TTL_SECONDS = 900;

  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(1440)
  SESSION_IDLE_TIMEOUT_MINUTES = 30;

  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(168)
  SESSION_ABSOLUTE_TIMEOUT_HOURS = 12;

  @Transform(toInteger)
  @IsInt()
  @Min(8)
  @Max(128)
  PASSWORD_MIN_LENGTH = 12;

  @Transform(toInteger)
  @IsInt()
  @Min(0)
  @Max(3650)
  PASSWORD_EXPIRY_DAYS = 90;

  @Transform(toInteger)
  @IsInt()
  @Min(0)
  @Max(24)
  PASSWORD_HISTORY = 5;

  // --- API keys: every key expires; an admin picks its life up to the maximum ---
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(3650)
  API_KEY_DEFAULT_DAYS = 90;

  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(3650)
  API_KEY_MAX_DAYS = 365;

  /** Rows one bulk user import may hold (a hospital brings in a ward or a department at a time). */
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(5000)
  USER_IMPORT_MAX_ROWS = 500;

  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(100)
  LOCKOUT_THRESHOLD = 5;

  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(1440)
  LOCKOUT_MINUTES = 15;

  /** A ward signs in behind one NAT address: the per-username limit and the lockout stop guessing (issue 14 item 7). */
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(100_000)
  LOGIN_RATE_LIMIT_PER_IP = 300;

  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(10_000)
  LOGIN_RATE_LIMIT_PER_USERNAME = 10;

  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'MFA_REQUIRED_FOR_PRIVILEGED must be true or false' })
  MFA_REQUIRED_FOR_PRIVILEGED?: boolean;

  @IsOptional()
  @IsString()
  @Secret()
  @Matches(/^[0-9a-fA-F]{64}$/, { message: 'TOTP_ENCRYPTION_KEY must be 64 hex characters (32 bytes)' })
  TOTP_ENCRYPTION_KEY?: string;

  // --- local password sign-in: rules in local-sign-in-config.util.ts ---
  /** `all`: every local account signs in with its password; `break-glass`: only LOCAL_SIGN_IN_BREAK_GLASS_USERS do (hospital sign-in for everyone else). */
  @IsIn(['all', 'break-glass'], { message: 'LOCAL_SIGN_IN must be all or break-glass' })
  LOCAL_SIGN_IN: 'all' | 'break-glass' = 'all';

  /** Comma-separated local usernames that keep password sign-in when LOCAL_SIGN_IN=break-glass. */
  @IsOptional()
  @IsString()
  LOCAL_SIGN_IN_BREAK_GLASS_USERS?: string;

  // --- directory sign-in (LDAP / Active Directory): off unless LDAP_URL is set; rules in directory-config.util.ts ---
  @IsOptional()
  @IsString()
  @Matches(/^ldaps?:\/\/(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+)(:\d{1,5})?\/?$/i, {
    message: 'LDAP_URL must be ldaps://host[:port] or ldap://host[:port], without a path',
  })
  LDAP_URL?: string;

  @Transform(toBoolean)
  @IsBoolean({ message: 'LDAP_STARTTLS must be true or false' })
  LDAP_STARTTLS = false;

  @Transform(toBoolean)
  @IsBoolean({ message: 'LDAP_ALLOW_PLAIN must be true or false' })
  LDAP_ALLOW_PLAIN = false;

  @IsOptional()
  @IsString()
  @MinLength(1)
  LDAP_BIND_DN?: string;

  @IsOptional()
  @IsString()
  @Secret()
  LDAP_BIND_PASSWORD?: string;

  @IsOptional()
  @IsString()
  @MinLength(1)
  LDAP_SEARCH_BASE?: string;

  /** Where groups are searched for nested membership; unset: LDAP_SEARCH_BASE. */
  @IsOptional()
  @IsString()
  @MinLength(1)
  LDAP_GROUP_SEARCH_BASE?: string;

  @IsString()
  @Matches(/\{username\}/, { message: 'LDAP_USER_FILTER must contain {username}, e.g. (&(objectClass=person)(uid={username}))' })
  LDAP_USER_FILTER = '(&(objectClass=person)(uid={username}))';

  @IsOptional()
  @IsString()
  @MinLength(1)
  LDAP_CA_FILE?: string;

  @IsOptional()
  @IsString()
  @MinLength(1)
  LDAP_GROUP_MAPPING_FILE?: string;

  @Transform(toInteger)
  @IsInt()
  @Min(500)
  @Max(60_000)
  LDAP_TIMEOUT_MS = 5_000;

  /** How long after the directory last confirmed an account's groups a token refresh keeps its roles while the directory cannot be reached. */
  @Transform(toInteger)
  @IsInt()
  @Min(0)
  @Max(720)
  LDAP_REFRESH_GRACE_MINUTES = 15;

  // --- OpenID Connect sign-in: off unless OIDC_ISSUER is set; rules in oidc-config.util.ts ---
  @IsOptional()
  @IsString()
  @Matches(/^https?:\/\/\S+$/i, { message: 'OIDC_ISSUER must be the issuer URL, e.g. https://sso.hospital.local/realms/hospital' })
  OIDC_ISSUER?: string;

  @Transform(toBoolean)
  @IsBoolean({ message: 'OIDC_ALLOW_HTTP must be true or false' })
  OIDC_ALLOW_HTTP = false;

  @IsOptional()
  @IsString()
  @MinLength(1)
  OIDC_CLIENT_ID?: string;

  @IsOptional()
  @IsString()
  @Secret()
  OIDC_CLIENT_SECRET?: string;

  @IsOptional()
  @IsString()
  @Matches(/^https?:\/\/\S+$/i, { message: "OIDC_REDIRECT_URI must be MedLocal's callback URL, e.g. https://medlocal.hospital.local/api/auth/oidc/callback" })
  OIDC_REDIRECT_URI?: string;

  @IsString()
  @Matches(/(^|\s)openid(\s|$)/, { message: 'OIDC_SCOPES must include openid, e.g. "openid profile email"' })
  OIDC_SCOPES = 'openid profile email';

  @IsOptional()
  @IsString()
  @MinLength(1)
  OIDC_ROLE_MAPPING_FILE?: string;

  @IsString()
  @MinLength(1)
  OIDC_GROUPS_CLAIM = 'groups';

  @IsString()
  @MinLength(1)
  OIDC_USERNAME_CLAIM = 'preferred_username';

  /** Comma-separated `acr` values that prove a second factor at the IdP. */
  @IsOptional()
  @IsString()
  @MinLength(1)
  OIDC_MFA_ACR_VALUES?: string;

  /** Comma-separated `amr` values (RFC 8176: mfa, otp, hwk …) that prove a second factor at the IdP. */
  @IsOptional()
  @IsString()
  @MinLength(1)
  OIDC_MFA_AMR?: string;

  @Transform(toInteger)
  @IsInt()
  @Min(500)
  @Max(60_000)
  OIDC_TIMEOUT_MS = 5_000;

  /** How long after the IdP last confirmed an account a token refresh keeps its roles while the IdP cannot be reached (0: none, fail closed at once). */
  @Transform(toInteger)
  @IsInt()
  @Min(0)
  @Max(720)
  OIDC_REFRESH_GRACE_MINUTES = 15;

  /** /api/auth/oidc/start and /callback per client address and minute: a sign-in is one of each, so 600 lets the ward of LOGIN_RATE_LIMIT_PER_IP in. */
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(100_000)
  OIDC_RATE_LIMIT_PER_IP = 600;

  // --- audit ---
  @IsOptional()
  @IsString()
  @Secret()
  @MinLength(32, { message: 'AUDIT_HMAC_KEY must be at least 32 characters' })
  AUDIT_HMAC_KEY?: string;

  @IsOptional()
  @IsString()
  @MinLength(1)
  AUDIT_HMAC_KEY_FILE?: string;

  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(36_500)
  AUDIT_RETENTION_DAYS = 180;

  @Transform(toBoolean)
  @IsBoolean({ message: 'AUDIT_ALLOW_SHORT_RETENTION must be true or false' })
  AUDIT_ALLOW_SHORT_RETENTION = false;

  @IsOptional()
  @IsString()
  @MinLength(1)
  AUDIT_ANCHOR_FILE?: string;

  // --- audit: outage journal and commit retries ---
  @IsOptional()
  @IsString()
  @MinLength(1)
  AUDIT_SPOOL_FILE?: string;

  @Transform(toInteger)
  @IsInt()
  @Min(0)
  @Max(60_000)
  AUDIT_COMMIT_RETRY_MS = 5_000;

  // --- clinical terms ---
  @IsOptional()
  @IsString()
  @MinLength(1)
  TERMS_OVERLAY_FILES?: string;

  // --- chat ---
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(100)
  CHAT_MAX_CONVERSATIONS_PER_USER = 10;

  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(1440)
  CHAT_IDLE_TTL_MINUTES = 60;

  @Transform(toInteger)
  @IsInt()
  @Min(100)
  @Max(100_000)
  CHAT_MAX_MESSAGE_CHARS = 8000;

  /**
   * A question still waiting for the model after this long gets its 200 and stream headers, then heartbeats,
   * so a console or proxy can tell it from a frozen instance; a refusal after that is an `error` event.
   * At most 30 s: the console gives a server 45 s to answer before it calls the connection broken.
   */
  @Transform(toInteger)
  @IsInt()
  @Min(100)
  @Max(30_000)
  CHAT_STREAM_OPEN_AFTER_MS = 5_000;

  @IsOptional()
  @IsString()
  @Secret()
  @MinLength(24, { message: 'METRICS_TOKEN must be at least 24 characters' })
  METRICS_TOKEN?: string;

  /** The `instance` label on every metric, so one dashboard tells the instances of a fleet apart; default <hostname>:<PORT>. */
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9.:\-_]{1,128}$/, { message: 'METRICS_INSTANCE must be 1 to 128 letters, digits, dots, colons, dashes or underscores' })
  METRICS_INSTANCE?: string;

  // --- research batches ---
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  BATCH_MAX_DOCUMENTS = 20_000;

  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(10_240)
  BATCH_MAX_UPLOAD_MB = 500;

  @Transform(toInteger)
  @IsInt()
  @Min(100)
  @Max(10_000_000)
  BATCH_MAX_DOCUMENT_CHARS = 200_000;

  @Transform(toInteger)
  @IsInt()
  @Min(0)
  @Max(16)
  BATCH_CONCURRENCY = 1;

  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(8760)
  BATCH_RETRY_WINDOW_HOURS = 24;

  /** Smallest count a batch result publishes (small-cell suppression); production refuses below 3. 1 turns suppression off (demo, tests). */
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(1000)
  BATCH_MIN_CELL_SIZE = 5;

  @IsOptional()
  @IsString()
  @Secret()
  @Matches(/^[0-9a-fA-F]{64}$/, { message: 'BATCH_WORK_KEY must be 64 hex characters (32 bytes)' })
  BATCH_WORK_KEY?: string;

  // --- transport: TLS termination and trusted proxies (issue 13 items 14 and 18) ---
  /** Addresses whose X-Forwarded-For / X-Forwarded-Proto are believed; checked entry by entry in load-config. */
  @IsOptional()
  @IsString()
  TRUST_PROXY?: string;

  @Transform(toBoolean)
  @IsBoolean({ message: 'TLS_TERMINATED_BY_PROXY must be true or false' })
  TLS_TERMINATED_BY_PROXY = false;

  // --- second-factor attempt limits (issue 13 item 9) ---
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(1000)
  MFA_RATE_LIMIT_PER_USER = 5;

  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(100_000)
  MFA_RATE_LIMIT_PER_IP = 60;
}
