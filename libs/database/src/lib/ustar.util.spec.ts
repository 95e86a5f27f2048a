import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, open, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { extractUstar, UstarError } from './ustar.util';

/** Archives made by GNU tar in ustar format: the reader meets a real writer's headers, padding and end blocks. */
describe(extractUstar.name, () => {
  let root: string;

  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'medlocal-ustar-'));
  });

  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  async function archiveOf(files: Record<string, string>, extra: string[] = []): Promise<Buffer> {
    const source = path.join(root, 'source');
    for (const [name, content] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(source, name)), { recursive: true });
      await writeFile(path.join(source, name), content);
    }
    return execFileSync('tar', ['--format=ustar', '-C', source, '-cf', '-', ...Object.keys(files).map((name) => name.split('/')[0] as string), ...extra]);
  }

  it('writes every folder and file of the archive under the target folder, byte for byte', async () => {
    const big = 'x'.repeat(70_000);
    const archive = await archiveOf({ PG_VERSION: '17\n', 'base/1/1259': big, 'global/pg_control': '\u0000\u0001binary' });
    const target = path.join(root, 'out');

    const sut = await extractUstar({ archive, target });

    expect(sut.files).toBe(3);
    expect(await readFile(path.join(target, 'PG_VERSION'), 'utf8')).toBe('17\n');
    expect(await readFile(path.join(target, 'base/1/1259'), 'utf8')).toBe(big);
    expect(await readFile(path.join(target, 'global/pg_control'), 'utf8')).toBe('\u0000\u0001binary');
  });

  it('refuses an archive whose header was damaged (checksum)', async () => {
    const archive = await archiveOf({ PG_VERSION: '17\n' });
    archive[10] = archive[10] === 0x41 ? 0x42 : 0x41;
    await expect(extractUstar({ archive, target: path.join(root, 'out') })).rejects.toThrow(/header checksum/);
  });

  it('refuses an archive cut short', async () => {
    const archive = await archiveOf({ 'base/1/1259': 'y'.repeat(5_000) });
    await expect(extractUstar({ archive: archive.subarray(0, 1_536), target: path.join(root, 'out') })).rejects.toThrow(UstarError);
  });

  it('refuses links: a data folder holds only folders and files', async () => {
    const source = path.join(root, 'source');
    await mkdir(source, { recursive: true });
    await symlink('/etc/passwd', path.join(source, 'PG_VERSION'));
    const archive = execFileSync('tar', ['--format=ustar', '-C', source, '-cf', '-', 'PG_VERSION']);
    await expect(extractUstar({ archive, target: path.join(root, 'out') })).rejects.toThrow(/PG_VERSION: entry type 2/);
  });

  it('writes nothing when a later entry is refused: the whole archive is checked first', async () => {
    const source = path.join(root, 'source');
    await mkdir(source, { recursive: true });
    await writeFile(path.join(source, 'PG_VERSION'), '17\n');
    await symlink('/etc/passwd', path.join(source, 'postgresql.conf'));
    const archive = execFileSync('tar', ['--format=ustar', '-C', source, '-cf', '-', 'PG_VERSION', 'postgresql.conf']);
    const target = path.join(root, 'out');

    await expect(extractUstar({ archive, target })).rejects.toThrow(/postgresql\.conf: entry type 2/);
    expect(await readdir(target).catch(() => [])).toEqual([]);
  });

  it('refuses a name that climbs out of the target folder', async () => {
    const source = path.join(root, 'deep/source');
    await mkdir(source, { recursive: true });
    await writeFile(path.join(root, 'deep/escape'), 'outside');
    const archive = execFileSync('tar', ['--format=ustar', '--absolute-names', '-C', source, '-cf', '-', '../escape']);
    await expect(extractUstar({ archive, target: path.join(root, 'out') })).rejects.toThrow(/leaves the target folder/);
  });

  it('flushes every file and folder it wrote to disk before it returns, so a rename into place after a power cut finds them whole', async () => {
    const archive = await archiveOf({ PG_VERSION: '17\n', 'base/1/1259': 'page', 'global/pg_control': 'control' });
    const probe = await open(path.join(root, 'probe'), 'w');
    const fileHandle = Object.getPrototypeOf(probe) as { sync(): Promise<void> };
    await probe.close();
    const synced = vi.spyOn(fileHandle, 'sync');
    try {
      await extractUstar({ archive, target: path.join(root, 'out') });
      // 3 files; folders out, out/base, out/base/1, out/global.
      expect(synced.mock.calls.length).toBeGreaterThanOrEqual(3 + 4);
    } finally {
      synced.mockRestore();
    }
  });
});
