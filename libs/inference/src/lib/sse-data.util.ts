/**
 * Yields the `data` payload of each Server-Sent Event in a byte stream (WHATWG SSE framing:
 * events end at a blank line, multi-line data joined with \n, comments and other fields ignored).
 */
export async function* readSseData({ body }: { body: AsyncIterable<Uint8Array> }): AsyncGenerator<string> {
  const decoder = new TextDecoder();
  let buffer = '';
  let dataLines: string[] = [];
  for await (const bytes of body) {
    buffer += decoder.decode(bytes, { stream: true });
    let newline: number;
    while ((newline = buffer.search(/\r\n|\n|\r/)) >= 0) {
      const line = buffer.slice(0, newline);
      buffer = buffer.slice(buffer.startsWith('\r\n', newline) ? newline + 2 : newline + 1);
      if (line === '') {
        if (dataLines.length > 0) yield dataLines.join('\n');
        dataLines = [];
      } else if (line.startsWith('data:')) {
        dataLines.push(line.slice(line.startsWith('data: ') ? 6 : 5));
      }
    }
  }
  buffer += decoder.decode();
  if (buffer.startsWith('data:')) dataLines.push(buffer.slice(buffer.startsWith('data: ') ? 6 : 5));
  if (dataLines.length > 0) yield dataLines.join('\n');
}
