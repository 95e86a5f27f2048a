import { availableParallelism } from 'node:os';
import { defaultThreadCount } from '@medlocal/inference';
import { loadEnvironment, ConfigurationError, toAppConfig } from './index';

function problemsFor(env: Record<string, string>): string[] {
  try {
    loadEnvironment(env);
  } catch (error) {
    if (error instanceof ConfigurationError) return [...error.problems];
    throw error;
  }
  return [];
}

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
});

describe('inference threads', () => {
  it("default to the inference library's count (logical cores less one), which the engine uses too", () => {
    expect(defaultThreadCount()).toBe(Math.max(1, availableParallelism() - 1));
    expect(toAppConfig(loadEnvironment({})).inference.threads).toBe(defaultThreadCount());
  });
});
