import net from 'node:net';
import { readFileSync } from 'node:fs';
import { egressRefusals } from '../../../src/privacy/egress-guard';
import { parseSse, type SseEvent } from '../../support/sse';

/** A question stream as the console opens it; `signal` drops the connection. */
export function askQuestion(params: { baseUrl: string; token: string; conversationId: string; content: string; signal?: AbortSignal }): Promise<Response> {
  return fetch(`${params.baseUrl}/api/chat/conversations/${params.conversationId}/messages`, {
    method: 'POST',
    headers: { authorization: `Bearer ${params.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ content: params.content }),
    signal: params.signal,
  });
}

export async function openConversation(baseUrl: string, token: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/chat/conversations`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
  if (response.status !== 201) throw new Error(`Opening a conversation answered ${response.status}: ${await response.text()}`);
  return ((await response.json()) as { id: string }).id;
}

export interface QuestionOutcome {
  readonly status: number;
  readonly retryAfter: string | null;
  /** SSE events for a 200, else empty. */
  readonly events: SseEvent[];
  /** The JSON error body for a non-200 answer. */
  readonly error: { statusCode?: number; error?: string; message?: string } | null;
}

/** Asks and reads the whole answer (stream or error body). */
export async function askAndRead(params: Parameters<typeof askQuestion>[0]): Promise<QuestionOutcome> {
  const response = await askQuestion(params);
  const text = await response.text();
  if (response.status === 200) return { status: 200, retryAfter: null, events: parseSse(text), error: null };
  return { status: response.status, retryAfter: response.headers.get('retry-after'), events: [], error: JSON.parse(text) as QuestionOutcome['error'] };
}

/** Reads a stream until `stop(textSoFar)` is true, then drops the connection. Returns what was read. */
export async function readUntilThenDrop(response: Response, abort: AbortController, stop: (text: string) => boolean): Promise<string> {
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let text = '';
  while (!stop(text)) {
    const { value, done } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
  }
  abort.abort();
  await reader.cancel().catch(() => undefined);
  return text;
}

/** Deterministic PRNG (mulberry32): the same drop points on every run, so a failure replays. */
export function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Peak resident memory of a process (kB), from /proc/<pid>/status VmHWM. */
export function peakRssKb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((candidate) => candidate.startsWith('VmHWM:'));
  if (!line) throw new Error(`No VmHWM for process ${pid}`);
  return Number(/(\d+)/.exec(line)?.[1]);
}

/**
 * Refused outbound attempts since `from` (an index into `egressRefusals()`): the guard is process-wide,
 * so an in-process API's refusals are read here; every test file asserts none came from MedLocal.
 */
export function egressRefusalsSince(from: number): ReturnType<typeof egressRefusals> {
  return egressRefusals().slice(from);
}

/** `egress.refused` security log lines in a spawned API's output. */
export function egressRefusalLines(output: string): string[] {
  return output.split('\n').filter((line) => line.includes('egress.refused'));
}

export interface TcpProxy {
  readonly port: number;
  /** Drops every open connection and refuses new ones (connection refused), like a server gone away. */
  cut(): Promise<void>;
  /** Accepts connections again on the same port. */
  restore(): Promise<void>;
  close(): Promise<void>;
}

/** A loopback TCP relay in front of PostgreSQL, so a test can make the server unreachable and back. */
export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(target.port, target.host);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.once('close', () => sockets.delete(socket));
      socket.on('error', () => undefined);
    }
    client.pipe(upstream).pipe(client);
    client.once('close', () => upstream.destroy());
    upstream.once('close', () => client.destroy());
  });
  const listen = (port: number) => new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', () => resolve()));
  const stopListening = () => new Promise<void>((resolve) => server.close(() => resolve()));
  await listen(0);
  const { port } = server.address() as net.AddressInfo;
  return {
    port,
    async cut() {
      const closed = stopListening();
      for (const socket of sockets) socket.destroy();
      await closed;
    },
    restore: () => listen(port),
    async close() {
      for (const socket of sockets) socket.destroy();
      if (server.listening) await stopListening();
    },
  };
}
