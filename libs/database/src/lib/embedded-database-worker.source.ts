import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * The embedded database's thread: PGlite and its wire-protocol socket server, answering the main
 * thread's requests (liveness ping, read-only switch, stop) by `id`.
 *
 * It is plain JavaScript in a string, run as a `data:` URL module, because the API is bundled by webpack
 * into one file and the pglite packages are loaded at run time: the packages are named by the absolute
 * paths they resolve to here, so the thread loads exactly what the main thread would have loaded.
 */
function workerSource(pglitePath: string, socketPath: string): string {
  return `
import { parentPort, workerData } from 'node:worker_threads';
import { createRequire } from 'node:module';
const load = createRequire(${JSON.stringify(pglitePath)});
const { PGlite } = load(${JSON.stringify(pglitePath)});
const { PGLiteSocketServer } = load(${JSON.stringify(socketPath)});
const { dataDir, host, port } = workerData;
const describe = (error) => ({ name: error?.name ?? 'Error', message: String(error?.message ?? error), code: error?.code });
let db;
let server;
try {
  db = dataDir === 'memory' ? await PGlite.create() : await PGlite.create({ dataDir });
  // maxConnections 2: a reconnect (the migrator handing over to the request pool) can arrive before the closed connection is cleaned up.
  server = new PGLiteSocketServer({ db, host, port, maxConnections: 2 });
  await server.start();
} catch (error) {
  parentPort.postMessage({ type: 'start-failed', error: describe(error) });
  await new Promise(() => undefined);
}
const operations = {
  ping: async () => undefined,
  'read-only': (request) => db.exec('SET default_transaction_read_only = ' + (request.on ? 'on' : 'off')),
  stop: async (request) => {
    await server.stop();
    if (request.close) await db.close();
  },
};
parentPort.on('message', (request) => {
  operations[request.op](request).then(
    () => parentPort.postMessage({ type: 'reply', id: request.id }),
    (error) => parentPort.postMessage({ type: 'reply', id: request.id, error: describe(error) }),
  );
});
parentPort.postMessage({ type: 'ready', port: Number(server.getServerConn().split(':').pop()) });
`;
}

/** Resolved from this module's own file: dist/apps/api/main.js once bundled (webpack leaves `__filename` to Node), the source file under tests. */
function resolvePackage(name: string): string {
  const from = typeof __filename === 'string' ? __filename : path.join(process.cwd(), 'index.js');
  return createRequire(from).resolve(name);
}

let workerUrl: URL | undefined;

/** The exact module the embedded database's thread runs; the API's launch allowlist admits this one and no other. */
export function embeddedDatabaseWorkerUrl(): URL {
  workerUrl ??= new URL(
    `data:text/javascript,${encodeURIComponent(workerSource(resolvePackage('@electric-sql/pglite'), resolvePackage('@electric-sql/pglite-socket')))}`,
  );
  return workerUrl;
}
