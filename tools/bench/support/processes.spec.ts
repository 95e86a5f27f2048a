import { createServer } from 'node:http';
import { freePort, inheritedEnv, median, processCpuSeconds, startProcess, waitUntil } from './processes';

describe('benchmark process support', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it("gives a child the parent's CUDA library path, GPU choice and node-llama-cpp build options, and nothing else", () => {
    const kept = inheritedEnv({
      PATH: '/usr/bin',
      LD_LIBRARY_PATH: '/usr/local/cuda/lib64',
      CUDA_VISIBLE_DEVICES: '0',
      NODE_LLAMA_CPP_CMAKE_OPTION_LLAMA_BUILD_SERVER: 'ON',
      JWT_SECRET: 'never-passed-on',
      DATABASE_URL: 'postgres://elsewhere',
    });
    expect(kept).toEqual({
      PATH: '/usr/bin',
      LD_LIBRARY_PATH: '/usr/local/cuda/lib64',
      CUDA_VISIBLE_DEVICES: '0',
      NODE_LLAMA_CPP_CMAKE_OPTION_LLAMA_BUILD_SERVER: 'ON',
    });
  });

  it('hands out a port that can be listened on', async () => {
    const port = await freePort();
    const server = createServer();
    await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', resolve));
    await new Promise((resolve) => server.close(resolve));
  });

  it('waits until a started server answers, then stops it', async () => {
    const port = await freePort();
    const server = startProcess(
      process.execPath,
      ['-e', `setTimeout(() => require('http').createServer((q, r) => r.end('ok')).listen(${port}, '127.0.0.1'), 300)`],
      {},
    );
    await waitUntil('test server', async () => (await fetch(`http://127.0.0.1:${port}/`)).ok, server, { timeoutMs: 30_000, pollMs: 50 });
    await server.stop();
    expect(server.child.signalCode ?? server.child.exitCode).not.toBeNull();
  });

  it('fails with the output of a process that ended before it came up', async () => {
    const broken = startProcess(process.execPath, ['-e', 'console.error("MODEL_PATH is not a GGUF file"); process.exit(3)'], {});
    await expect(waitUntil('broken server', async () => false, broken, { timeoutMs: 30_000, pollMs: 50 })).rejects.toThrow(
      /ended before it came up:\nMODEL_PATH is not a GGUF file/,
    );
    await broken.stop();
  });

  it('fails when the process stays up but never answers in time', async () => {
    const silent = startProcess(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)'], {});
    try {
      await expect(waitUntil('silent server', async () => false, silent, { timeoutMs: 200, pollMs: 50 })).rejects.toThrow(/did not come up in time/);
    } finally {
      await silent.stop();
    }
  });

  it('reads the CPU time a busy process has used', async () => {
    const busy = startProcess(process.execPath, ['-e', 'const end = Date.now() + 400; while (Date.now() < end) {} setTimeout(() => {}, 60_000)'], {});
    try {
      await waitUntil('busy process', async () => processCpuSeconds(busy.child.pid) >= 0.1, busy, { timeoutMs: 30_000, pollMs: 50 });
      expect(processCpuSeconds(busy.child.pid)).toBeGreaterThanOrEqual(0.1);
    } finally {
      await busy.stop();
    }
  });
});
