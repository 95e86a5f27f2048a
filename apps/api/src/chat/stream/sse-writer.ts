import { CHAT_STREAM_HEARTBEAT_MS } from '@medlocal/contracts';
import type { Response } from 'express';
import { CoalescedWrites, STREAM_WRITE_HOLD_MS } from '../../common/streaming/coalesced-writes';

/**
 * Server-Sent Events on an Express response: `event: <type>` + one JSON `data:` line per event,
 * and a comment every CHAT_STREAM_HEARTBEAT_MS so proxies keep an idle stream (a long reasoning pause)
 * open and the console can tell a silent stream from a lost server. Token events of the same 20 ms
 * travel in one write.
 */
export class SseWriter {
  private readonly heartbeat: NodeJS.Timeout;
  private readonly out: CoalescedWrites;

  constructor(private readonly res: Response) {
    res.status(200);
    res.setHeader('content-type', 'text/event-stream; charset=utf-8');
    res.setHeader('cache-control', 'no-cache, no-transform');
    res.setHeader('x-accel-buffering', 'no');
    res.flushHeaders();
    this.out = new CoalescedWrites(res, STREAM_WRITE_HOLD_MS);
    this.heartbeat = setInterval(() => this.out.write(': keep-alive\n\n'), CHAT_STREAM_HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  send(event: string, data: unknown): void {
    this.out.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  }

  /** Sends what is held now. */
  flush(): void {
    this.out.flush();
  }

  end(): void {
    clearInterval(this.heartbeat);
    this.out.flush();
    if (!this.res.destroyed) this.res.end();
  }
}
