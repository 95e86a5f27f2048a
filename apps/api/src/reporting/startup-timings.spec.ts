import { StartupTimings } from './startup-timings';

describe(StartupTimings.name, () => {
  const clock = (times: number[]) => {
    const queue = [...times];
    return () => queue.shift() ?? Number.NaN;
  };

  it('reports each phase as its own duration, in the order the phases began, with the total to the last end', async () => {
    const sut = new StartupTimings(clock([10, 30, 31, 40, 45, 90]));
    sut.begin('config');
    sut.end('config');
    const value = await sut.measure('database.start', async () => 'started');
    sut.begin('listen');
    sut.end('listen');

    expect(value).toBe('started');
    expect(sut.summary()).toEqual({ phases: { config: 20, 'database.start': 9, listen: 45 }, totalMs: 90 });
  });

  it('ends a measured phase when its work fails, and passes the failure on', async () => {
    const sut = new StartupTimings(clock([0, 5]));
    await expect(sut.measure('database.migrations', () => Promise.reject(new Error('refused')))).rejects.toThrow('refused');
    expect(sut.summary().phases).toEqual({ 'database.migrations': 5 });
  });

  it('leaves a phase that never ended out of the phases', () => {
    const sut = new StartupTimings(clock([0, 1, 7]));
    sut.begin('model.load');
    sut.begin('config');
    sut.end('config');
    expect(sut.summary()).toEqual({ phases: { config: 6 }, totalMs: 7 });
  });

  it('records a phase that ran before the recorder could time it (the process loading the bundle)', () => {
    const sut = new StartupTimings(clock([]));
    sut.record('load', 0, 812.4);
    expect(sut.summary()).toEqual({ phases: { load: 812 }, totalMs: 812 });
  });

  it('keeps details the log names beside the phases (how the database was made ready)', () => {
    const sut = new StartupTimings(clock([]));
    sut.note('database', 'template');
    expect(sut.notes()).toEqual({ database: 'template' });
  });
});
