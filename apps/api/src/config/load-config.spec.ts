import { availableParallelism, hostname } from 'node:os';
import { defaultThreadCount } from '@medlocal/inference';
import { loadEnvironment, toAppConfig } from './index';
import { configurationProblems } from './testing/configuration-problems';

const problemsFor = (env: Record<string, string>): string[] => configurationProblems(env);

describe(loadEnvironment.name, () => {
  it('accepts an empty environment and fills the defaults', () => {
    const sut = toAppConfig(loadEnvironment({}));
    expect(sut.http.port).toBe(6006);
    expect(sut.mode).toBe('production');
    expect(sut.inference.parallel).toBe(4);
    expect(sut.audit.retentionDays).toBe(180);
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['HOST', 'example.org'],
    ['MEDLOCAL_MODE', 'staging'],
    ['MEDLOCAL_ROLE', 'gpu'],
    ['DATABASE_URL', 'mysql://db/medlocal'],
    ['EGRESS_ALLOW', 'a b'],
    ['BODY_LIMIT', 'lots'],
    ['LOG_LEVEL', 'loud'],
    ['INFERENCE_GPU', 'tpu'],
    ['INFERENCE_GPU_LAYERS', 'half'],
    ['INFERENCE_THREADS', '0'],
    ['INFERENCE_PARALLEL', '-1'],
    ['INFERENCE_QUEUE_MAX', 'many'],
    ['INFERENCE_QUEUE_TIMEOUT_MS', '5'],
    ['INFERENCE_CONTEXT_SIZE', '10'],
    ['INFERENCE_REMOTE_URL', 'ftp://127.0.0.1/'],
    ['INFERENCE_REMOTE_MODEL', 'two words'],
    ['JWT_SECRET', 'short'],
    ['ADMIN_USERNAME', 'A!'],
    ['PASSWORD_MIN_LENGTH', '4'],
    ['LOCKOUT_THRESHOLD', '0'],
    ['MFA_REQUIRED_FOR_PRIVILEGED', 'sometimes'],
    ['TOTP_ENCRYPTION_KEY', 'xyz'],
    ['AUDIT_HMAC_KEY', 'short'],
    ['AUDIT_ALLOW_SHORT_RETENTION', 'maybe'],
    ['CHAT_MAX_MESSAGE_CHARS', '5'],
    ['METRICS_TOKEN', 'short'],
    ['CORS_ORIGINS', 'not a url'],
  ])('refuses %s=%s with a line naming the variable', (name, value) => {
    const problems = problemsFor({ [name]: value });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^Invalid configuration: ${name} `));
  });

  it('never prints the value of a secret', () => {
    const problems = problemsFor({ JWT_SECRET: 'hunter2-is-not-long' });
    expect(problems[0]).toContain('(value hidden)');
    expect(problems[0]).not.toContain('hunter2');
  });

  it('keeps audit retention at six months or more unless explicitly overridden', () => {
    expect(problemsFor({ AUDIT_RETENTION_DAYS: '30' })[0]).toMatch(/^Invalid configuration: AUDIT_RETENTION_DAYS must be at least 180/);
    expect(problemsFor({ AUDIT_RETENTION_DAYS: '30', AUDIT_ALLOW_SHORT_RETENTION: 'true' })).toEqual([]);
  });

  it('suppresses batch cells below 5 by default and refuses k below 3 in production', () => {
    expect(toAppConfig(loadEnvironment({})).batches.minCellSize).toBe(5);
    expect(problemsFor({ BATCH_MIN_CELL_SIZE: '2' })).toEqual([
      expect.stringMatching(/^Invalid configuration: BATCH_MIN_CELL_SIZE must be at least 3 in production \(got 2\)/),
    ]);
    expect(problemsFor({ BATCH_MIN_CELL_SIZE: '3' })).toEqual([]);
    expect(toAppConfig(loadEnvironment({ MEDLOCAL_MODE: 'demo', BATCH_MIN_CELL_SIZE: '1' })).batches.minCellSize).toBe(1);
    expect(problemsFor({ BATCH_MIN_CELL_SIZE: '0' })[0]).toMatch(/^Invalid configuration: BATCH_MIN_CELL_SIZE /);
  });

  it('bounds the embedded database watchdog from the environment, restart never before "not responding"', () => {
    expect(toAppConfig(loadEnvironment({})).database.embeddedWatchdog).toEqual({ unresponsiveAfterMs: 10_000, restartAfterMs: 60_000 });
    const tuned = toAppConfig(loadEnvironment({ EMBEDDED_DATABASE_UNRESPONSIVE_AFTER_MS: '3000', EMBEDDED_DATABASE_RESTART_AFTER_MS: '20000' }));
    expect(tuned.database.embeddedWatchdog).toEqual({ unresponsiveAfterMs: 3_000, restartAfterMs: 20_000 });
    expect(problemsFor({ EMBEDDED_DATABASE_UNRESPONSIVE_AFTER_MS: '30000', EMBEDDED_DATABASE_RESTART_AFTER_MS: '20000' })).toEqual([
      expect.stringMatching(
        /^Invalid configuration: EMBEDDED_DATABASE_RESTART_AFTER_MS \(20000\) must not be shorter than EMBEDDED_DATABASE_UNRESPONSIVE_AFTER_MS \(30000\)/,
      ),
    ]);
    expect(problemsFor({ EMBEDDED_DATABASE_UNRESPONSIVE_AFTER_MS: '50' })[0]).toMatch(/^Invalid configuration: EMBEDDED_DATABASE_UNRESPONSIVE_AFTER_MS /);
  });

  it('gives API keys a default and a maximum life, and user imports a row limit, refusing a default past the maximum', () => {
    expect(toAppConfig(loadEnvironment({})).auth.apiKeys).toEqual({ defaultDays: 90, maxDays: 365 });
    expect(toAppConfig(loadEnvironment({})).auth.userImport).toEqual({ maxRows: 500 });
    expect(toAppConfig(loadEnvironment({ API_KEY_DEFAULT_DAYS: '30', API_KEY_MAX_DAYS: '30' })).auth.apiKeys).toEqual({ defaultDays: 30, maxDays: 30 });
    expect(problemsFor({ API_KEY_DEFAULT_DAYS: '120', API_KEY_MAX_DAYS: '90' })).toEqual([
      expect.stringMatching(/^Invalid configuration: API_KEY_DEFAULT_DAYS \(120\) must not be longer than API_KEY_MAX_DAYS \(90\)/),
    ]);
    expect(problemsFor({ USER_IMPORT_MAX_ROWS: '0' })[0]).toMatch(/^Invalid configuration: USER_IMPORT_MAX_ROWS /);
  });

  it('reports every invalid variable, one line each', () => {
    expect(problemsFor({ PORT: 'x', LOG_LEVEL: 'y' })).toHaveLength(2);
  });

  it('adds the database and remote inference hosts to the egress allowlist', () => {
    const sut = toAppConfig(
      loadEnvironment({
        DATABASE_URL: 'postgres://medlocal@127.0.0.3:5432/medlocal',
        INFERENCE_REMOTE_URL: 'http://127.0.0.4:6006',
        EGRESS_ALLOW: '127.0.0.5',
      }),
    );
    expect(sut.egress.allow).toEqual(['127.0.0.5', '127.0.0.3', '127.0.0.4']);
  });

  it('lets the process resolve the address it listens on (HOST): listening is not egress', () => {
    // Node's listen() looks the host up through dns.lookup, which the guard checks like any other lookup.
    expect(toAppConfig(loadEnvironment({ HOST: '127.0.0.21' })).egress.allow).toEqual(['127.0.0.21']);
    expect(
      toAppConfig(loadEnvironment({ HOST: '10.0.2.21', TLS_TERMINATED_BY_PROXY: 'true', TRUST_PROXY: '10.0.2.10', EGRESS_ALLOW: '127.0.0.5' })).egress.allow,
    ).toEqual(['127.0.0.5', '10.0.2.21']);
    expect(toAppConfig(loadEnvironment({})).egress.allow).toEqual([]);
  });
});

describe('inference tier and metrics', () => {
  it('asks the nodes of INFERENCE_NODE_URLS for status and lets the API reach their hosts', () => {
    const sut = toAppConfig(
      loadEnvironment({ INFERENCE_REMOTE_URL: 'http://127.0.0.4:8000/v1', INFERENCE_NODE_URLS: 'http://127.0.0.5:6006/v1,http://127.0.0.4:6007/v1' }),
    );
    expect(sut.inference.remote?.nodes).toEqual(['http://127.0.0.5:6006/v1', 'http://127.0.0.4:6007/v1']);
    expect(sut.egress.allow).toEqual(['127.0.0.4', '127.0.0.5']);
  });

  it('asks the remote for INFERENCE_REMOTE_MODEL when set, else for nothing in particular', () => {
    expect(
      toAppConfig(loadEnvironment({ INFERENCE_REMOTE_URL: 'http://127.0.0.4:8000/v1', INFERENCE_REMOTE_MODEL: 'google/medgemma-1.5-4b-it' })).inference.remote
        ?.model,
    ).toBe('google/medgemma-1.5-4b-it');
    expect(toAppConfig(loadEnvironment({ INFERENCE_REMOTE_URL: 'http://127.0.0.4:8000/v1' })).inference.remote?.model).toBeUndefined();
  });

  it('refuses INFERENCE_NODE_URLS without the remote they stand behind, and anything but http(s) URLs', () => {
    expect(problemsFor({ INFERENCE_NODE_URLS: 'http://127.0.0.5:6006/v1' })).toEqual([
      'Invalid configuration: INFERENCE_NODE_URLS names the nodes behind INFERENCE_REMOTE_URL, which is not set',
    ]);
    expect(problemsFor({ INFERENCE_REMOTE_URL: 'http://127.0.0.4:8000/v1', INFERENCE_NODE_URLS: '127.0.0.5:6006' })[0]).toMatch(
      /^Invalid configuration: INFERENCE_NODE_URLS must be a comma-separated list of http\(s\) URLs/,
    );
  });

  it('labels metrics with METRICS_INSTANCE, by default this host and port', () => {
    expect(toAppConfig(loadEnvironment({ PORT: '6010' })).metricsInstance).toBe(`${hostname()}:6010`);
    expect(toAppConfig(loadEnvironment({ METRICS_INSTANCE: 'api-2.ward-b:6006' })).metricsInstance).toBe('api-2.ward-b:6006');
    expect(problemsFor({ METRICS_INSTANCE: 'api 2' })).toHaveLength(1);
  });
});

describe('inference threads', () => {
  it('are left to the engine when not set: it picks them from the llama.cpp build it loads (defaultThreadCount)', () => {
    expect(defaultThreadCount()).toBe(Math.max(1, availableParallelism() - 1));
    expect(toAppConfig(loadEnvironment({})).inference.threads).toBeUndefined();
  });

  it('are what INFERENCE_THREADS says when set', () => {
    expect(toAppConfig(loadEnvironment({ INFERENCE_THREADS: '3' })).inference.threads).toBe(3);
  });
});
