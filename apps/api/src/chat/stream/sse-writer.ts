import { CHAT_STREAM_HEARTBEAT_MS } from '@medlocal/contracts';
import type { Response } from 'express';

/**
 * Server-Sent Events on an Express response: `event: <type>` + one JSON `data:` line per event,
 * and a comment every CHAT_STREAM_HEARTBEAT_MS so proxies keep an idle stream (a long reasoning pause)
 * open and the console can tell a silent stream from a lost server.
 */
export class SseWriter {
  private readonly heartbeat: NodeJS.Timeout;

  constructor(private readonly res: Response) {
    res.status(200);
    res.setHeader('content-type', 'text/event-stream; charset=utf-8');
    res.setHeader('cache-control', 'no-cache, no-transform');
    res.setHeader('x-accel-buffering', 'no');
    res.flushHeaders();
    this.heartbeat = setInterval(() => this.res.write(': keep-alive\n\n'), CHAT_STREAM_HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  send(event: string, data: unknown): void {
    if (this.res.destroyed) return;
    this.res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  }

  end(): void {
    clearInterval(this.heartbeat);
    if (!this.res.destroyed) this.res.end();
  }
}
