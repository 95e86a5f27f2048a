import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** image.mjs refuses an --npm-cache it cannot use before any build starts, and says why. */
describe('image.mjs --npm-cache', () => {
  const script = path.resolve(__dirname, 'image.mjs');
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'medlocal-image-cli-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  const run = (args: string[]) => spawnSync(process.execPath, [script, 'build', ...args], { encoding: 'utf8', timeout: 60_000 });

  it('refuses a folder that holds no npm cache', () => {
    const result = run(['--engine', 'podman', '--npm-cache', folder]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`--npm-cache ${folder}: no npm cache there`);
    expect(result.stdout).not.toContain('$ podman');
  });

  it('refuses it for docker, whose build mounts no volume', () => {
    mkdirSync(path.join(folder, '_cacache'));
    const result = run(['--engine', 'docker', '--npm-cache', folder]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('--npm-cache needs podman');
    expect(result.stdout).not.toContain('$ docker');
  });
});
