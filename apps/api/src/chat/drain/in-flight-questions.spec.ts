import { InFlightQuestions } from './in-flight-questions';

describe(InFlightQuestions.name, () => {
  it('lets answers that end in time finish untouched', async () => {
    const sut = new InFlightQuestions();
    const abort = new AbortController();
    const release = sut.track(abort);
    setTimeout(release, 20);
    await sut.drain({ finishWithinMs: 1000, cancelWithinMs: 1000 });
    expect(abort.signal.aborted).toBe(false);
    expect(sut.count()).toBe(0);
  });

  it('cancels answers that would outlast the grace period and waits for them to end', async () => {
    const sut = new InFlightQuestions();
    const abort = new AbortController();
    const release = sut.track(abort);
    abort.signal.addEventListener('abort', () => setTimeout(release, 10));
    const started = Date.now();
    await sut.drain({ finishWithinMs: 50, cancelWithinMs: 1000 });
    expect(abort.signal.aborted).toBe(true);
    expect(sut.count()).toBe(0);
    expect(Date.now() - started).toBeLessThan(900);
  });

  it('gives up waiting after the cancel period', async () => {
    const sut = new InFlightQuestions();
    sut.track(new AbortController());
    const started = Date.now();
    await sut.drain({ finishWithinMs: 20, cancelWithinMs: 20 });
    expect(Date.now() - started).toBeLessThan(500);
  });
});
