import { readSseData } from './sse-data.util';

async function* bytes(parts: string[]): AsyncGenerator<Uint8Array> {
  for (const part of parts) yield new TextEncoder().encode(part);
}

async function collect(parts: string[]): Promise<string[]> {
  const out: string[] = [];
  for await (const data of readSseData({ body: bytes(parts) })) out.push(data);
  return out;
}

describe(readSseData.name, () => {
  const stream = ': keep-alive\n\ndata: {"a":1}\n\nevent: x\ndata: line1\ndata: line2\r\n\r\ndata:[DONE]\n\n';

  it('yields each event’s data however the bytes are split', async () => {
    const expected = ['{"a":1}', 'line1\nline2', '[DONE]'];
    for (let cut = 0; cut <= stream.length; cut++) {
      expect(await collect([stream.slice(0, cut), stream.slice(cut)])).toEqual(expected);
    }
  });

  it('keeps multi-byte characters split across chunks intact', async () => {
    const encoded = new TextEncoder().encode('data: 肾\n\n');
    async function* split(): AsyncGenerator<Uint8Array> {
      yield encoded.slice(0, 7);
      yield encoded.slice(7);
    }
    const out: string[] = [];
    for await (const data of readSseData({ body: split() })) out.push(data);
    expect(out).toEqual(['肾']);
  });
});
