import { loadEnvironment, toAppConfig, type AppConfig } from '../../config';
import { LoginRateLimiter } from './login-rate-limiter';

describe(LoginRateLimiter.name, () => {
  let now = Date.parse('2026-01-01T08:00:00Z');
  const clock = { now: () => new Date(now) };
  const config = {
    auth: {
      loginRateLimit: { perIpPerMinute: 5, perUsernamePerMinute: 3 },
      mfaRateLimit: { perUserPerMinute: 2, perIpPerMinute: 4 },
      oidcRateLimit: { perIpPerMinute: 3 },
    },
  } as unknown as AppConfig;

  it('limits per username whatever the address, and per address whatever the username', async () => {
    const sut = new LoginRateLimiter(config, clock);
    for (let i = 0; i < 3; i += 1) expect(await sut.takeLogin({ clientAddress: `10.0.0.${i}`, username: 'Zhang.Wei' })).toBeUndefined();
    expect(await sut.takeLogin({ clientAddress: '10.0.0.9', username: 'zhang.wei' })).toMatchObject({ kind: 'rate_limited_username' });

    for (const username of ['a', 'b', 'c', 'd', 'e']) expect(await sut.takeLogin({ clientAddress: '10.1.1.1', username })).toBeUndefined();
    expect(await sut.takeLogin({ clientAddress: '10.1.1.1', username: 'f' })).toEqual({
      kind: 'rate_limited_address',
      retryAfterSeconds: 60,
      firstInWindow: true,
    });
    expect(await sut.takeLogin({ clientAddress: '10.1.1.1', username: 'g' })).toMatchObject({ firstInWindow: false });
  });

  it('lets no more attempts through than the limit when they arrive at once', async () => {
    const sut = new LoginRateLimiter(config, clock);
    const outcomes = await Promise.all(Array.from({ length: 10 }, (_, attempt) => sut.takeLogin({ clientAddress: `10.6.0.${attempt}`, username: 'dr.burst' })));
    expect(outcomes.filter((refusal) => refusal === undefined)).toHaveLength(config.auth.loginRateLimit.perUsernamePerMinute);
  });

  it('opens again after the minute', async () => {
    const sut = new LoginRateLimiter(config, clock);
    for (let i = 0; i < 3; i += 1) await sut.takeLogin({ clientAddress: '10.0.0.1', username: 'li.na' });
    expect(await sut.takeLogin({ clientAddress: '10.0.0.1', username: 'li.na' })).toBeDefined();
    now += 60_000;
    expect(await sut.takeLogin({ clientAddress: '10.0.0.1', username: 'li.na' })).toBeUndefined();
  });

  it('counts second-factor attempts apart from passwords: per user whatever the address, and per address', async () => {
    const sut = new LoginRateLimiter(config, clock);
    expect(await sut.takeMfaForUser({ userId: 'u1' })).toBeUndefined();
    expect(await sut.takeMfaForUser({ userId: 'u1' })).toBeUndefined();
    expect(await sut.takeMfaForUser({ userId: 'u1' })).toMatchObject({ kind: 'mfa_rate_limited_user', firstInWindow: true });
    expect(await sut.takeMfaForUser({ userId: 'u2' })).toBeUndefined();
    for (let i = 0; i < 4; i += 1) expect(await sut.takeMfaFromAddress({ clientAddress: '10.2.2.2' })).toBeUndefined();
    expect(await sut.takeMfaFromAddress({ clientAddress: '10.2.2.2' })).toMatchObject({ kind: 'mfa_rate_limited_address' });
    expect(await sut.takeLogin({ clientAddress: '10.2.2.2', username: 'u1' })).toBeUndefined();
  });

  it('counts OpenID Connect requests per address in a window of their own, apart from password attempts', async () => {
    const sut = new LoginRateLimiter(config, clock);
    for (let i = 0; i < 3; i += 1) expect(await sut.takeOidcFromAddress({ clientAddress: '10.3.3.3' })).toBeUndefined();
    expect(await sut.takeOidcFromAddress({ clientAddress: '10.3.3.3' })).toMatchObject({ kind: 'oidc_rate_limited_address', firstInWindow: true });
    expect(await sut.takeOidcFromAddress({ clientAddress: '10.3.3.4' })).toBeUndefined();
    expect(await sut.takeLogin({ clientAddress: '10.3.3.3', username: 'u1' })).toBeUndefined();
  });
});

describe(`${LoginRateLimiter.name} with the default limits`, () => {
  it('lets a ward of 300 clinicians behind one NAT address sign in within a minute, while each username keeps its own limit (issue 14 item 7)', async () => {
    const sut = new LoginRateLimiter(toAppConfig(loadEnvironment({ MEDLOCAL_MODE: 'demo' })), { now: () => new Date('2026-01-01T08:00:00Z') });
    for (let nurse = 0; nurse < 300; nurse += 1) expect(await sut.takeLogin({ clientAddress: '10.8.0.1', username: `nurse.${nurse}` })).toBeUndefined();
    expect(await sut.takeLogin({ clientAddress: '10.8.0.1', username: 'nurse.300' })).toMatchObject({ kind: 'rate_limited_address' });
    for (let attempt = 0; attempt < 10; attempt += 1) expect(await sut.takeLogin({ clientAddress: `10.8.1.${attempt}`, username: 'dr.li' })).toBeUndefined();
    expect(await sut.takeLogin({ clientAddress: '10.8.2.1', username: 'dr.li' })).toMatchObject({ kind: 'rate_limited_username' });
  });
});
