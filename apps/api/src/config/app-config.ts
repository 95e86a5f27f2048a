import { hostname } from 'node:os';
import path from 'node:path';
import { parseDirectoryConfig, type DirectoryConfig } from './directory-config.util';
import { parseOidcConfig, type OidcConfig } from './oidc-config.util';
import { parseLocalSignInConfig, type LocalSignInConfig } from './local-sign-in-config.util';
import type { EnvironmentVariables } from './environment.variables';
import { parseTrustedProxies } from './trusted-proxies.util';
import { EGRESS_ALWAYS_ALLOWED } from '../privacy/egress-guard';

/** The typed, nested configuration the rest of the API reads; built once from the validated variables. */
export interface AppConfig {
  readonly mode: 'demo' | 'production';
  readonly role: 'all' | 'inference-node';
  readonly http: { port: number; host: string; bodyLimit: string; corsOrigins: string[]; shutdownGraceMs: number };
  readonly dataDir: string;
  readonly database: {
    url?: string;
    /** Upper bounds of every database wait (see `@medlocal/database` `boundedPoolOptions`). */
    waits: { connectTimeoutMs: number; statementTimeoutMs: number; lockTimeoutMs: number };
    /** Embedded database only: silent this long it is reported not responding (503s), this long it is restarted. */
    embeddedWatchdog: { unresponsiveAfterMs: number; restartAfterMs: number };
  };
  readonly egress: { allow: string[] };
  readonly logLevel: string;
  readonly inference: {
    modelPath?: string;
    gpu: 'auto' | 'cuda' | 'vulkan' | false;
    gpuLayers: 'auto' | 'max' | number;
    /** Unset: the engine picks them from the llama.cpp build it loads (`defaultThreadCount`). */
    threads?: number;
    parallel: number;
    /** Unset: the engine's default (128 tokens on the CPU, the whole batch on a GPU). */
    prefillChunkTokens?: number;
    queueMax: number;
    queueTimeoutMs: number;
    maxConcurrentPerCaller: number;
    queueMaxPerCaller?: number;
    /** Generations admin-issued API keys may run together (see INFERENCE_API_KEYS_MAX_RUNNING). */
    apiKeysMaxRunning: number;
    contextSize?: number;
    thoughtBudgetTokens: number;
    maxAnswerTokens: number;
    /** In-process engine: health is down while answers are in flight and none moved (a token, a prompt batch) for this long (0: never). */
    stallLimitMs: number;
    /** `nodes`: the nodes behind the balancer at `baseUrl` that status asks one by one (INFERENCE_NODE_URLS); empty: ask `baseUrl`. */
    remote?: { baseUrl: string; apiKey?: string; model?: string; nodes: string[] };
    serviceApiKeys: string[];
  };
  readonly auth: {
    jwtSecret?: string;
    bootstrapAdmin?: { username: string; password?: string };
    accessTokenTtlSeconds: number;
    idleTimeoutMinutes: number;
    absoluteTimeoutHours: number;
    password: { minLength: number; expiryDays: number; history: number };
    lockout: { threshold: number; minutes: number };
    /** Every API key expires: this many days unless the admin picks fewer or more, never more than `maxDays`. */
    apiKeys: { defaultDays: number; maxDays: number };
    /** Rows one bulk user import may hold. */
    userImport: { maxRows: number };
    /** Sign-in attempts per minute, per client address and per username. */
    loginRateLimit: { perIpPerMinute: number; perUsernamePerMinute: number };
    /** Second-factor attempts per minute, per user and per client address. */
    mfaRateLimit: { perUserPerMinute: number; perIpPerMinute: number };
    /** /api/auth/oidc/start and /callback, per client address. */
    oidcRateLimit: { perIpPerMinute: number };
    mfaRequiredForPrivileged: boolean;
    totpEncryptionKey?: string;
    /** Directory sign-in (LDAP / Active Directory); absent when LDAP_URL is unset. */
    directory?: DirectoryConfig;
    /** OpenID Connect sign-in; absent when OIDC_ISSUER is unset. */
    oidc?: OidcConfig;
    /** Who may sign in with a local password (LOCAL_SIGN_IN, LOCAL_SIGN_IN_BREAK_GLASS_USERS). */
    localSignIn: LocalSignInConfig;
  };
  readonly audit: {
    hmacKey?: string;
    hmacKeyFile?: string;
    retentionDays: number;
    allowShortRetention: boolean;
    anchorFile: string;
    /** Local journal for events of answers in flight while the database is unreachable (replayed in order). */
    spoolFile: string;
    /** How long a commit that lost its connection is retried on fresh connections before it is journalled. */
    commitRetryMs: number;
  };
  readonly chat: { maxConversationsPerUser: number; idleTtlMinutes: number; maxMessageChars: number; streamOpenAfterMs: number };
  /** Overlays written by `tools/terms/import-terminology.mjs` (licensed ICD-10 titles, SNOMED CT terms, WHO zh titles). */
  readonly terms: { overlayFiles: string[] };
  readonly batches: {
    maxDocuments: number;
    maxUploadBytes: number;
    maxDocumentChars: number;
    /** Chunk loops per API instance; 0 turns batch work off on this instance (uploads still queue). */
    concurrency: number;
    /** How long the sealed text of failed documents is kept for a retry after the job ends. */
    retryWindowHours: number;
    /** k of small-cell suppression: counts from 1 to k−1 never leave the server. */
    minCellSize: number;
    workKey?: string;
  };
  readonly metricsToken?: string;
  /** The `instance` label on every metric (METRICS_INSTANCE, default <hostname>:<PORT>). */
  readonly metricsInstance: string;
  /** Who may speak for the client: proxies whose forwarded headers are believed, and whether TLS ends at them. */
  readonly transport: { trustProxy: string[]; tlsTerminatedByProxy: boolean };
}

export function toAppConfig(env: EnvironmentVariables): AppConfig {
  const dataDir = path.resolve(env.DATA_DIR);
  const list = (value?: string) =>
    value
      ? value
          .split(',')
          .map((item) => item.trim())
          .filter(Boolean)
      : [];
  const databaseHost = env.DATABASE_URL ? new URL(env.DATABASE_URL).hostname : undefined;
  const remoteHosts = [env.INFERENCE_REMOTE_URL ?? [], list(env.INFERENCE_NODE_URLS)].flat().map((url) => new URL(url).hostname);
  const directory = parseDirectoryConfig({ env }).directory;
  const oidc = parseOidcConfig({ env }).oidc;
  return {
    mode: env.MEDLOCAL_MODE,
    role: env.MEDLOCAL_ROLE,
    http: {
      port: env.PORT,
      host: env.HOST,
      bodyLimit: env.BODY_LIMIT,
      corsOrigins: list(env.CORS_ORIGINS),
      shutdownGraceMs: env.SHUTDOWN_GRACE_MS,
    },
    dataDir,
    database: {
      url: env.DATABASE_URL,
      waits: {
        connectTimeoutMs: env.DATABASE_CONNECT_TIMEOUT_MS,
        statementTimeoutMs: env.DATABASE_STATEMENT_TIMEOUT_MS,
        lockTimeoutMs: env.DATABASE_LOCK_TIMEOUT_MS,
      },
      embeddedWatchdog: { unresponsiveAfterMs: env.EMBEDDED_DATABASE_UNRESPONSIVE_AFTER_MS, restartAfterMs: env.EMBEDDED_DATABASE_RESTART_AFTER_MS },
    },
    egress: {
      allow: [
        ...list(env.EGRESS_ALLOW),
        ...(databaseHost ? [databaseHost] : []),
        ...new Set(remoteHosts),
        ...(directory ? [directory.host] : []),
        ...(oidc ? [oidc.issuerHost] : []),
        // listen() resolves the address it binds through dns.lookup, which the guard checks: this process's own
        // address is not egress (the loopback addresses the guard always allows need no entry).
        ...(EGRESS_ALWAYS_ALLOWED.includes(env.HOST) ? [] : [env.HOST]),
      ],
    },
    logLevel: env.LOG_LEVEL,
    inference: {
      modelPath: env.MODEL_PATH ? path.resolve(env.MODEL_PATH) : undefined,
      gpu: env.INFERENCE_GPU === 'cpu' ? false : env.INFERENCE_GPU,
      gpuLayers: /^\d+$/.test(env.INFERENCE_GPU_LAYERS) ? Number(env.INFERENCE_GPU_LAYERS) : (env.INFERENCE_GPU_LAYERS as 'auto' | 'max'),
      threads: env.INFERENCE_THREADS,
      parallel: env.INFERENCE_PARALLEL,
      prefillChunkTokens: env.INFERENCE_PREFILL_CHUNK_TOKENS,
      queueMax: env.INFERENCE_QUEUE_MAX,
      queueTimeoutMs: env.INFERENCE_QUEUE_TIMEOUT_MS,
      maxConcurrentPerCaller: env.INFERENCE_MAX_CONCURRENT_PER_CALLER,
      queueMaxPerCaller: env.INFERENCE_QUEUE_MAX_PER_CALLER,
      apiKeysMaxRunning: env.INFERENCE_API_KEYS_MAX_RUNNING ?? Math.max(1, env.INFERENCE_PARALLEL - 1),
      contextSize: env.INFERENCE_CONTEXT_SIZE,
      thoughtBudgetTokens: env.INFERENCE_THOUGHT_BUDGET_TOKENS,
      maxAnswerTokens: env.INFERENCE_MAX_ANSWER_TOKENS,
      stallLimitMs: env.INFERENCE_STALL_LIMIT_MS,
      remote: env.INFERENCE_REMOTE_URL
        ? { baseUrl: env.INFERENCE_REMOTE_URL, apiKey: env.INFERENCE_REMOTE_API_KEY, model: env.INFERENCE_REMOTE_MODEL, nodes: list(env.INFERENCE_NODE_URLS) }
        : undefined,
      serviceApiKeys: list(env.MEDLOCAL_API_KEYS),
    },
    auth: {
      jwtSecret: env.JWT_SECRET,
      bootstrapAdmin: env.ADMIN_USERNAME ? { username: env.ADMIN_USERNAME, password: env.ADMIN_PASSWORD } : undefined,
      accessTokenTtlSeconds: env.ACCESS_TOKEN_TTL_SECONDS,
      idleTimeoutMinutes: env.SESSION_IDLE_TIMEOUT_MINUTES,
      absoluteTimeoutHours: env.SESSION_ABSOLUTE_TIMEOUT_HOURS,
      password: { minLength: env.PASSWORD_MIN_LENGTH, expiryDays: env.PASSWORD_EXPIRY_DAYS, history: env.PASSWORD_HISTORY },
      lockout: { threshold: env.LOCKOUT_THRESHOLD, minutes: env.LOCKOUT_MINUTES },
      apiKeys: { defaultDays: env.API_KEY_DEFAULT_DAYS, maxDays: env.API_KEY_MAX_DAYS },
      userImport: { maxRows: env.USER_IMPORT_MAX_ROWS },
      loginRateLimit: { perIpPerMinute: env.LOGIN_RATE_LIMIT_PER_IP, perUsernamePerMinute: env.LOGIN_RATE_LIMIT_PER_USERNAME },
      mfaRateLimit: { perUserPerMinute: env.MFA_RATE_LIMIT_PER_USER, perIpPerMinute: env.MFA_RATE_LIMIT_PER_IP },
      oidcRateLimit: { perIpPerMinute: env.OIDC_RATE_LIMIT_PER_IP },
      mfaRequiredForPrivileged: env.MFA_REQUIRED_FOR_PRIVILEGED ?? env.MEDLOCAL_MODE === 'production',
      totpEncryptionKey: env.TOTP_ENCRYPTION_KEY,
      directory,
      oidc,
      localSignIn: parseLocalSignInConfig({ env }).localSignIn,
    },
    audit: {
      hmacKey: env.AUDIT_HMAC_KEY,
      hmacKeyFile: env.AUDIT_HMAC_KEY_FILE,
      retentionDays: env.AUDIT_RETENTION_DAYS,
      allowShortRetention: env.AUDIT_ALLOW_SHORT_RETENTION,
      anchorFile: env.AUDIT_ANCHOR_FILE ? path.resolve(env.AUDIT_ANCHOR_FILE) : path.join(dataDir, 'audit-anchors.jsonl'),
      spoolFile: env.AUDIT_SPOOL_FILE ? path.resolve(env.AUDIT_SPOOL_FILE) : path.join(dataDir, 'audit-spool.jsonl'),
      commitRetryMs: env.AUDIT_COMMIT_RETRY_MS,
    },
    chat: {
      maxConversationsPerUser: env.CHAT_MAX_CONVERSATIONS_PER_USER,
      idleTtlMinutes: env.CHAT_IDLE_TTL_MINUTES,
      maxMessageChars: env.CHAT_MAX_MESSAGE_CHARS,
      streamOpenAfterMs: env.CHAT_STREAM_OPEN_AFTER_MS,
    },
    batches: {
      maxDocuments: env.BATCH_MAX_DOCUMENTS,
      maxUploadBytes: env.BATCH_MAX_UPLOAD_MB * 1024 * 1024,
      maxDocumentChars: env.BATCH_MAX_DOCUMENT_CHARS,
      concurrency: env.BATCH_CONCURRENCY,
      retryWindowHours: env.BATCH_RETRY_WINDOW_HOURS,
      minCellSize: env.BATCH_MIN_CELL_SIZE,
      workKey: env.BATCH_WORK_KEY,
    },
    terms: { overlayFiles: list(env.TERMS_OVERLAY_FILES).map((file) => path.resolve(file)) },
    metricsToken: env.METRICS_TOKEN,
    metricsInstance: env.METRICS_INSTANCE ?? `${hostname()}:${env.PORT}`,
    transport: { trustProxy: parseTrustedProxies({ value: env.TRUST_PROXY }).proxies, tlsTerminatedByProxy: env.TLS_TERMINATED_BY_PROXY },
  };
}
