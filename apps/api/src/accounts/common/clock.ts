/** Time source for lockouts, sessions and tokens; tests move it instead of waiting. */
export const CLOCK = Symbol('CLOCK');

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
