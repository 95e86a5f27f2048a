import { watch } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from './embedded-postgres';
import { probeDataDir, type StorageFault } from './storage-fault';

/** A long synchronous task elsewhere in the process (a big parse, a regex, a report): the event loop answers nothing meanwhile. */
function blockEventLoop(ms: number): void {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    // busy on purpose
  }
}

const BLOCK_MS = 3_000;

describe(probeDataDir.name, () => {
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'medlocal-probe-'));
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('answers null for a healthy folder', async () => {
    expect(await probeDataDir(dir, { minFreeBytes: 0 })).toBeNull();
  });

  it('does not call a disk slow when the event loop was busy while the disk answered', async () => {
    // The probe's first write is already with the threadpool when the loop stops for longer than the probe's timeout.
    const sut = probeDataDir(dir, { minFreeBytes: 0, timeoutMs: 2_000 });
    blockEventLoop(BLOCK_MS);
    expect(await sut).toBeNull();
  }, 20_000);

  it('still names a folder it cannot write to', async () => {
    expect((await probeDataDir(join(dir, 'missing'), { minFreeBytes: 0 }))?.code).toBe('ENOENT');
  });
});

describe('embedded database and a busy event loop', () => {
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'medlocal-busy-loop-'));
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('stays writable when the process is blocked for 3 s while it probes its data folder', async () => {
    const changes: (StorageFault | null)[] = [];
    const sut = await startEmbeddedPostgres({ dataDir: dir, storageCheckIntervalMs: 50, minFreeBytes: 0, onStorageChange: (fault) => changes.push(fault) });
    try {
      // Block exactly while a probe is in flight: its file has just been created, its write and sync are still to come.
      let blocks = 0;
      const watcher = watch(dir, (_event, name) => {
        if (blocks < 2 && name?.startsWith('.medlocal-write-probe-')) {
          blocks += 1;
          blockEventLoop(BLOCK_MS);
        }
      });
      try {
        const deadline = Date.now() + 30_000;
        while (blocks < 2 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
        // A few more probes after the last block, for a late verdict to land.
        await new Promise((resolve) => setTimeout(resolve, 1_000));
      } finally {
        watcher.close();
      }
      expect(blocks).toBe(2);
      expect(changes).toEqual([]);
      expect(sut.storageFault()).toBeNull();
    } finally {
      await sut.stop();
    }
  }, 60_000);
});
