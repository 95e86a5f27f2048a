import { SseParser } from './sse-parser';
import { decodeChatEvent } from './decode-chat-event.util';

function parseAll(chunks: readonly string[]) {
  const sut = new SseParser();
  return chunks.flatMap((chunk) => sut.push(chunk));
}

describe(SseParser.name, () => {
  it('reads a named event with JSON data', () => {
    const messages = parseAll(['event: answer\ndata: {"delta":"定义"}\n\n']);
    expect(messages).toEqual([{ event: 'answer', data: '{"delta":"定义"}', id: null, retry: null }]);
  });

  it('defaults the event name to "message"', () => {
    expect(parseAll(['data: x\n\n'])[0].event).toBe('message');
  });

  it('joins multi-line data with newlines', () => {
    expect(parseAll(['data: a\ndata: b\ndata:c\n\n'])[0].data).toBe('a\nb\nc');
  });

  it('keeps a second space after the colon as part of the value', () => {
    expect(parseAll(['data:  two\n\n'])[0].data).toBe(' two');
  });

  it('holds an event back until its blank line arrives', () => {
    const sut = new SseParser();
    expect(sut.push('event: thought\ndata: {"delta":"a"}\n')).toEqual([]);
    expect(sut.push('\n')).toHaveLength(1);
  });

  it('reassembles events split at every possible byte', () => {
    const stream = 'event: meta\ndata: {"x":1}\n\nevent: answer\r\ndata: {"delta":"鉴别"}\r\n\r\n: keep-alive\n\nevent: done\rdata: {}\r\r';
    for (let cut = 1; cut < stream.length; cut += 1) {
      const messages = parseAll([stream.slice(0, cut), stream.slice(cut)]);
      expect(
        messages.map((message) => message.event),
        `cut at ${cut}`,
      ).toEqual(['meta', 'answer', 'done']);
      expect(messages[1].data).toBe('{"delta":"鉴别"}');
    }
  });

  it('treats CRLF split across chunks as one line end, not two', () => {
    const messages = parseAll(['data: a\r', '\ndata: b\r\n\r\n']);
    expect(messages).toHaveLength(1);
    expect(messages[0].data).toBe('a\nb');
  });

  it('ignores comments, unknown fields and events without data', () => {
    expect(parseAll([': ping\n\nfoo: bar\nevent: x\n\n'])).toEqual([]);
  });

  it('strips a leading byte-order mark', () => {
    expect(parseAll(['\uFEFFdata: ok\n\n'])[0].data).toBe('ok');
  });

  it('remembers id and retry', () => {
    const [first, second] = parseAll(['id: 7\nretry: 3000\ndata: a\n\ndata: b\n\n']);
    expect(first).toMatchObject({ id: '7', retry: 3000 });
    expect(second.id).toBe('7');
  });

  it('drops an unterminated last event at the end of the stream', () => {
    const sut = new SseParser();
    sut.push('data: partial\n');
    expect(sut.end()).toEqual([]);
  });
});

describe(decodeChatEvent.name, () => {
  it('decodes the five chat events', () => {
    expect(decodeChatEvent({ event: 'answer', data: '{"delta":"x"}', id: null, retry: null })).toEqual({ type: 'answer', data: { delta: 'x' } });
    expect(decodeChatEvent({ event: 'error', data: '{"statusCode":503,"message":"busy"}', id: null, retry: null })?.type).toBe('error');
  });

  it('ignores unknown events, broken JSON and deltas that are not text', () => {
    expect(decodeChatEvent({ event: 'message', data: '{}', id: null, retry: null })).toBeNull();
    expect(decodeChatEvent({ event: 'meta', data: '{oops', id: null, retry: null })).toBeNull();
    expect(decodeChatEvent({ event: 'thought', data: '{"delta":3}', id: null, retry: null })).toBeNull();
  });
});
