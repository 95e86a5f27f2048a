import { randomBytes } from 'node:crypto';
import { loadEnvironment, toAppConfig } from '../../src/config';
import { configurationProblems } from '../../src/config/testing/configuration-problems';

/** Issue 13 item 14: production never serves plain HTTP beyond loopback unless TLS termination is declared. */
const problemsFor = (env: Record<string, string>): string[] =>
  configurationProblems(env, { MEDLOCAL_MODE: 'production', JWT_SECRET: randomBytes(32).toString('hex') });

describe('production listen address and TLS termination', () => {
  it.each(['0.0.0.0', '::', '10.1.2.3'])('refuses HOST=%s without declared TLS termination, naming the variables', (host) => {
    const problems = problemsFor({ HOST: host });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^Invalid configuration: HOST=/);
    expect(problems[0]).toContain('TLS_TERMINATED_BY_PROXY=true');
    expect(problems[0]).toContain('TRUST_PROXY');
  });

  it.each(['127.0.0.1', '127.0.0.2', 'localhost', '::1'])('serves loopback HOST=%s as before', (host) => {
    expect(problemsFor({ HOST: host })).toEqual([]);
  });

  it('accepts a non-loopback address once a TLS-terminating proxy is declared, and needs that proxy named', () => {
    expect(problemsFor({ HOST: '0.0.0.0', TLS_TERMINATED_BY_PROXY: 'true' })).toEqual([
      expect.stringMatching(/^Invalid configuration: TLS_TERMINATED_BY_PROXY=true needs TRUST_PROXY/),
    ]);
    expect(problemsFor({ HOST: '0.0.0.0', TLS_TERMINATED_BY_PROXY: 'true', TRUST_PROXY: '10.0.0.5' })).toEqual([]);
  });

  it('lets demo mode listen anywhere (one machine, generated keys)', () => {
    expect(problemsFor({ MEDLOCAL_MODE: 'demo', HOST: '0.0.0.0' })).toEqual([]);
  });
});

describe('TRUST_PROXY', () => {
  it('takes addresses, CIDR ranges and the loopback/linklocal/uniquelocal names', () => {
    const sut = toAppConfig(loadEnvironment({ MEDLOCAL_MODE: 'demo', TRUST_PROXY: '10.0.0.5, 192.168.0.0/16,fd00::/8,loopback' }));
    expect(sut.transport).toEqual({ trustProxy: ['10.0.0.5', '192.168.0.0/16', 'fd00::/8', 'loopback'], tlsTerminatedByProxy: false });
  });

  it('trusts no proxy by default', () => {
    expect(toAppConfig(loadEnvironment({ MEDLOCAL_MODE: 'demo' })).transport.trustProxy).toEqual([]);
  });

  it.each(['proxy.example.org', '10.0.0.0/33', '10.0.0.1/8/1', 'x/y'])('refuses the entry %s with a line naming TRUST_PROXY', (entry) => {
    const problems = problemsFor({ MEDLOCAL_MODE: 'demo', TRUST_PROXY: `127.0.0.1,${entry}` });
    expect(problems).toEqual([expect.stringMatching(/^Invalid configuration: TRUST_PROXY /)]);
  });
});
