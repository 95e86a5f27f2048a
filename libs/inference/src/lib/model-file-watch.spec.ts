import { execFileSync } from 'node:child_process';
import { closeSync, constants, openSync } from 'node:fs';
import { mkdtemp, rename, rm, truncate, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeLoadedModelFile, ModelFileWatch } from './model-file-watch';

const GGUF_LIKE = Buffer.concat([Buffer.from('GGUF'), Buffer.alloc(1020, 7)]);

describe(ModelFileWatch.name, () => {
  let dir: string;
  let path: string;
  let clock: number;
  let sut: ModelFileWatch;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'medlocal-model-watch-'));
    path = join(dir, 'model.gguf');
    await writeFile(path, GGUF_LIKE);
    clock = 0;
    sut = new ModelFileWatch(await describeLoadedModelFile({ path }), { intervalMs: 5_000, now: () => clock });
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reports nothing while the loaded file is in place', async () => {
    expect(await sut.problem()).toBeNull();
  });

  it('reports a deleted file, once the re-check interval has passed', async () => {
    expect(await sut.problem()).toBeNull();
    await unlink(path);
    expect(await sut.problem()).toBeNull();
    clock += 5_000;
    expect(await sut.problem()).toBe(
      `model file ${path}: not found (deleted while loaded); the model already in memory keeps answering until MedLocal restarts`,
    );
  });

  it('reports a truncated file as too short to be a model', async () => {
    await truncate(path, 2);
    expect(await sut.problem()).toMatch(/is 2 bytes, too short to be a GGUF model/);
  });

  it('reports a file overwritten with something that is not a model', async () => {
    await writeFile(path, Buffer.alloc(2048, 1));
    expect(await sut.problem()).toMatch(/is not a GGUF model \(starts with 0x01010101/);
  });

  it('reports a different model file moved into place', async () => {
    const replacement = join(dir, 'other.gguf');
    await writeFile(replacement, Buffer.concat([GGUF_LIKE, Buffer.alloc(100)]));
    await rename(replacement, path);
    expect(await sut.problem()).toMatch(/changed on disk since it was loaded \(1024 -> 1124 bytes\)/);
  });

  it('clears the problem when the original file comes back', async () => {
    await rename(path, `${path}.moved`);
    expect(await sut.problem()).toMatch(/not found/);
    await rename(`${path}.moved`, path);
    clock += 5_000;
    expect(await sut.problem()).toBeNull();
  });

  it('answers health within its limit when the storage under the model does not answer', async () => {
    // A hung network mount: opening the file never returns (a FIFO nobody writes behaves the same).
    sut = new ModelFileWatch(await describeLoadedModelFile({ path }), { intervalMs: 5_000, answerWithinMs: 200, now: () => clock });
    await unlink(path);
    execFileSync('mkfifo', [path]);
    try {
      expect(await sut.problem()).toBe(
        `model file ${path}: the storage has not answered a check for 0 s; the model already in memory keeps answering until MedLocal restarts`,
      );
      clock += 12_000;
      expect(await sut.problem()).toMatch(/has not answered a check for 12 s/);
    } finally {
      closeSync(openSync(path, constants.O_WRONLY | constants.O_NONBLOCK));
    }
    // Once the storage answers, the check that was waiting reports what it found.
    await expect.poll(() => sut.problem()).toMatch(/: is not a regular file;/);
  });
});
