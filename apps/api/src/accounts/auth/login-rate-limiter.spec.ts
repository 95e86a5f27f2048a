import type { AppConfig } from '../../config';
import { AccountsErrorCode } from '../accounts.errors';
import { LoginRateLimiter } from './login-rate-limiter';

describe(LoginRateLimiter.name, () => {
  let now = Date.parse('2026-01-01T08:00:00Z');
  const clock = { now: () => new Date(now) };
  const config = { auth: { loginRateLimit: { perIpPerMinute: 5, perUsernamePerMinute: 3 } } } as unknown as AppConfig;

  it('limits per username whatever the address, and per address whatever the username', () => {
    const sut = new LoginRateLimiter(config, clock);
    for (let i = 0; i < 3; i += 1) sut.take({ clientAddress: `10.0.0.${i}`, username: 'Zhang.Wei' });
    expect(() => sut.take({ clientAddress: '10.0.0.9', username: 'zhang.wei' })).toThrow(expect.objectContaining({ code: AccountsErrorCode.LoginRateLimited }));

    sut.take({ clientAddress: '10.1.1.1', username: 'a' });
    sut.take({ clientAddress: '10.1.1.1', username: 'b' });
    sut.take({ clientAddress: '10.1.1.1', username: 'c' });
    sut.take({ clientAddress: '10.1.1.1', username: 'd' });
    sut.take({ clientAddress: '10.1.1.1', username: 'e' });
    expect(() => sut.take({ clientAddress: '10.1.1.1', username: 'f' })).toThrow(expect.objectContaining({ details: { retryAfterSeconds: 60 } }));
  });

  it('opens again after the minute', () => {
    const sut = new LoginRateLimiter(config, clock);
    for (let i = 0; i < 3; i += 1) sut.take({ clientAddress: '10.0.0.1', username: 'li.na' });
    expect(() => sut.take({ clientAddress: '10.0.0.1', username: 'li.na' })).toThrow();
    now += 60_000;
    expect(() => sut.take({ clientAddress: '10.0.0.1', username: 'li.na' })).not.toThrow();
  });
});
