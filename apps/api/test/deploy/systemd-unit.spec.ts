import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { WORKSPACE_ROOT } from './support/production-env';

/** Issue 18: the shipped unit is valid, confined, and gives SIGTERM's drain time to finish. */
const run = promisify(execFile);
const UNIT = path.join(WORKSPACE_ROOT, 'deploy/systemd/medlocal.service');
const analyze = ['/usr/bin/systemd-analyze', '/bin/systemd-analyze'].find((candidate) => existsSync(candidate));

function directives(text: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const line of text.split('\n')) {
    const match = /^([A-Za-z]+)=(.*)$/.exec(line.trim());
    if (match) found.set(match[1], [...(found.get(match[1]) ?? []), match[2]]);
  }
  return found;
}

describe('deploy/systemd/medlocal.service', () => {
  it('confines the service: own user, read-only system, only the data folder writable, loopback-only network', async () => {
    const unit = directives(await readFile(UNIT, 'utf8'));
    expect(unit.get('User')).toEqual(['medlocal']);
    expect(unit.get('ProtectSystem')).toEqual(['strict']);
    expect(unit.get('ReadWritePaths')).toEqual(['/var/lib/medlocal']);
    expect(unit.get('NoNewPrivileges')).toEqual(['true']);
    expect(unit.get('PrivateTmp')).toEqual(['true']);
    expect(unit.get('IPAddressDeny')).toEqual(['any']);
    expect(unit.get('IPAddressAllow')).toEqual(['localhost']);
    expect(unit.get('Restart')).toEqual(['on-failure']);
    expect(unit.get('MemoryMax')?.[0]).toMatch(/^\d+[KMGT]$/);
    expect(unit.get('KillSignal')).toEqual(['SIGTERM']);
    // Longer than MedLocal's default SHUTDOWN_GRACE_MS (15 s), so answers in flight finish before SIGKILL.
    expect(Number(/^(\d+)s$/.exec(unit.get('TimeoutStopSec')?.[0] ?? '')?.[1])).toBeGreaterThan(15);
  });

  it.skipIf(!analyze)('passes systemd-analyze verify and rates OK in systemd-analyze security', async () => {
    await run(analyze as string, ['verify', UNIT]);
    const { stdout } = await run(analyze as string, ['security', '--offline=true', '--no-pager', UNIT]);
    const exposure = Number(/Overall exposure level for medlocal\.service: ([\d.]+)/.exec(stdout)?.[1]);
    expect(exposure).toBeLessThanOrEqual(2.0);
  });
});
