import { Writable } from 'node:stream';
import { CoalescedWrites } from './coalesced-writes';

/** A real writable that keeps each write it was handed as one entry (one socket write on a response). */
function recordingStream(): { stream: Writable; writes: string[] } {
  const writes: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      writes.push(chunk.toString());
      done();
    },
  });
  return { stream, writes };
}

describe('CoalescedWrites', () => {
  const HOLD_MS = 20;
  let clock: number;
  const now = () => clock;

  beforeEach(() => {
    vi.useFakeTimers();
    clock = 1_000;
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('sends the first write at once: the first token is never held', () => {
    const { stream, writes } = recordingStream();
    new CoalescedWrites(stream, HOLD_MS, now).write('data: a\n\n');
    expect(writes).toEqual(['data: a\n\n']);
  });

  it('gathers the writes that follow within the hold into one write, in order, when the hold ends', () => {
    const { stream, writes } = recordingStream();
    const out = new CoalescedWrites(stream, HOLD_MS, now);
    out.write('data: a\n\n');
    clock += 5;
    out.write('data: b\n\n');
    clock += 5;
    out.write('data: c\n\n');
    expect(writes).toEqual(['data: a\n\n']);
    vi.advanceTimersByTime(HOLD_MS);
    expect(writes).toEqual(['data: a\n\n', 'data: b\n\ndata: c\n\n']);
  });

  it('sends a write at once when the last one went out a hold or more ago', () => {
    const { stream, writes } = recordingStream();
    const out = new CoalescedWrites(stream, HOLD_MS, now);
    out.write('data: a\n\n');
    clock += HOLD_MS;
    out.write('data: b\n\n');
    expect(writes).toEqual(['data: a\n\n', 'data: b\n\n']);
  });

  it('flush sends what is held at once, and a later timer finds nothing to send', () => {
    const { stream, writes } = recordingStream();
    const out = new CoalescedWrites(stream, HOLD_MS, now);
    out.write('data: a\n\n');
    clock += 1;
    out.write('data: b\n\n');
    out.flush();
    expect(writes).toEqual(['data: a\n\n', 'data: b\n\n']);
    vi.advanceTimersByTime(HOLD_MS * 2);
    expect(writes).toHaveLength(2);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('writes nothing to a destroyed stream and leaves no timer behind', () => {
    const { stream, writes } = recordingStream();
    const out = new CoalescedWrites(stream, HOLD_MS, now);
    out.write('data: a\n\n');
    clock += 1;
    out.write('data: b\n\n');
    stream.destroy();
    out.flush();
    out.write('data: c\n\n');
    vi.advanceTimersByTime(HOLD_MS * 2);
    expect(writes).toEqual(['data: a\n\n']);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('with no hold, every write goes out on its own', () => {
    const { stream, writes } = recordingStream();
    const out = new CoalescedWrites(stream, 0, now);
    out.write('data: a\n\n');
    out.write('data: b\n\n');
    expect(writes).toEqual(['data: a\n\n', 'data: b\n\n']);
  });
});
