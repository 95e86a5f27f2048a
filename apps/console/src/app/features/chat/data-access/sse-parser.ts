/** One dispatched Server-Sent Event (WHATWG HTML "event stream interpretation"). */
export interface SseMessage {
  readonly event: string;
  readonly data: string;
  readonly id: string | null;
  readonly retry: number | null;
}

/**
 * Incremental `text/event-stream` parser: feed decoded text chunks as they arrive (split
 * anywhere, even inside a line or a CRLF pair) and get back the events completed so far.
 * Follows the spec: `:` comments, `field: value` with one optional space, multi-line `data`
 * joined by "\n", LF/CR/CRLF line ends, an initial BOM ignored, events without data dropped.
 */
export class SseParser {
  private buffer = '';
  private started = false;
  private pendingCarriageReturn = false;
  private eventType = '';
  private dataLines: string[] = [];
  private hasData = false;
  private lastEventId: string | null = null;
  private retry: number | null = null;

  push(chunk: string): SseMessage[] {
    let text = chunk;
    if (!this.started && text.length > 0) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    // A CR at the end of the previous chunk already ended its line; a LF opening this one belongs to it.
    if (this.pendingCarriageReturn && text.startsWith('\n')) text = text.slice(1);
    this.pendingCarriageReturn = false;
    this.buffer += text;
    const messages: SseMessage[] = [];
    const lineEnd = /\r\n|\r|\n/g;
    let consumed = 0;
    let match: RegExpExecArray | null;
    while ((match = lineEnd.exec(this.buffer)) !== null) {
      // A lone CR at the very end may be the first half of CRLF; settle it on the next chunk.
      if (match[0] === '\r' && match.index === this.buffer.length - 1) {
        this.pendingCarriageReturn = true;
      }
      this.processLine(this.buffer.slice(consumed, match.index), messages);
      consumed = match.index + match[0].length;
    }
    this.buffer = this.buffer.slice(consumed);
    return messages;
  }

  /** End of stream: an unterminated final event is discarded, as the spec requires. */
  end(): SseMessage[] {
    this.buffer = '';
    this.resetEvent();
    return [];
  }

  private processLine(line: string, messages: SseMessage[]): void {
    if (line === '') {
      this.dispatch(messages);
      return;
    }
    if (line.startsWith(':')) return;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    switch (field) {
      case 'event':
        this.eventType = value;
        break;
      case 'data':
        this.dataLines.push(value);
        this.hasData = true;
        break;
      case 'id':
        if (!value.includes('\0')) this.lastEventId = value;
        break;
      case 'retry':
        if (/^\d+$/.test(value)) this.retry = Number(value);
        break;
      default:
        // Unknown fields are ignored.
        break;
    }
  }

  private dispatch(messages: SseMessage[]): void {
    if (this.hasData) {
      messages.push({ event: this.eventType || 'message', data: this.dataLines.join('\n'), id: this.lastEventId, retry: this.retry });
    }
    this.resetEvent();
  }

  private resetEvent(): void {
    this.eventType = '';
    this.dataLines = [];
    this.hasData = false;
  }
}
