'use strict';
/**
 * Fault injection for the fleet test, preloaded into a MedLocal inference node with
 * NODE_OPTIONS="--require <this file>": SIGUSR2 occupies every libuv thread-pool thread with a read of a FIFO
 * nobody writes (what a hung network mount does to file reads), so llama.cpp's decode, which runs as thread-pool
 * work, stops while the HTTP server goes on answering: a stuck engine. A second SIGUSR2 releases the threads.
 * The FIFOs go in MEDLOCAL_TEST_WEDGE_DIR.
 */
const { execFileSync } = require('node:child_process');
const { closeSync, constants, openSync, promises } = require('node:fs');
const path = require('node:path');

let fifos = null;
process.on('SIGUSR2', () => {
  if (fifos) {
    // A writer that opens and closes gives each blocked reader end-of-file.
    for (const fifo of fifos) closeSync(openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK));
    fifos = null;
    return;
  }
  const threads = Number(process.env.UV_THREADPOOL_SIZE ?? 4);
  const stamp = `${process.pid}-${Date.now()}`;
  fifos = Array.from({ length: threads }, (_, index) => path.join(process.env.MEDLOCAL_TEST_WEDGE_DIR, `wedge-${stamp}-${index}`));
  execFileSync('mkfifo', fifos);
  for (const fifo of fifos) promises.readFile(fifo).catch(() => undefined);
});
