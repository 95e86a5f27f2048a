const OriginalRegExp = RegExp;

/** Scans the whole input the way the product code does: every match of a global/sticky regex, else one exec. */
function scan(regex: RegExp, input: string): void {
  const copy = new OriginalRegExp(regex.source, regex.flags);
  if (!copy.global && !copy.sticky) {
    copy.exec(input);
    return;
  }
  let match: RegExpExecArray | null;
  while ((match = copy.exec(input)) !== null) {
    if (match[0].length === 0) copy.lastIndex++;
  }
}

/**
 * The CPU time one scan takes, in ms: this process's user + system time, not the wall clock. On a busy
 * machine the wall clock also counts the moments the scheduler gave the core to another process (a scan
 * of a linear pattern measured 131 ms by the clock, 49× its quarter, at load 13); CPU time counts only
 * the work, which is what grows with a backtracking pattern.
 */
function cpuMilliseconds(work: () => void): number {
  const before = process.cpuUsage();
  work();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1_000;
}

function bestOf(regex: RegExp, input: string, boundMs: number, attempts: number): number {
  let best = Infinity;
  for (let attempt = 0; attempt < attempts && best >= boundMs; attempt++) {
    best = Math.min(
      best,
      cpuMilliseconds(() => scan(regex, input)),
    );
  }
  return best;
}

/**
 * 16, 24, 36 … 1,395, then four times longer each step up to maxLength: an exponential or cubic pattern
 * crosses the bound on a short input, before it could hang the run; a linear one costs little on the way up.
 */
function lengthLadder(maxLength: number): number[] {
  const lengths: number[] = [];
  for (let length = 16; length < maxLength; length = Math.ceil(length * (length < 1000 ? 1.5 : 4))) lengths.push(length);
  return [...lengths, maxLength];
}

export interface SlowestScan {
  readonly milliseconds: number;
  readonly length: number;
  /** The start of the slowest input, for the failure message. */
  readonly inputStart: string;
  /** The slowest input itself, to measure how its time grows with its length. */
  readonly input: string;
}

/**
 * From this length on, only the inputs that were slowest at the length before are scanned (CARRIED_INPUTS of them): a
 * pattern can have 250 pathological inputs, and scanning every one at 89,280 and 200,000 characters cost nine tenths
 * of the check. Ranking at 22,320 characters is safe: an input whose scan grows quadratically enough to cross the bound
 * at 200,000 takes over a millisecond there, where linear scans take hundredths.
 */
const CARRY_FROM_LENGTH = 50_000;
const CARRIED_INPUTS = 8;

/**
 * The slowest pathological input for one regex. Inputs grow step by step to `maxLength` and the climb
 * stops at the first input over `boundMs`, so a cubic or exponential pattern fails in about a second
 * instead of hanging the test. An input over the bound is measured again up to `attempts` times and its
 * best time kept, so a busy machine does not fail a linear pattern; a backtracking one stays over.
 * Each of `inputs` writes one input at the length asked.
 */
export function slowestScan(params: {
  regex: RegExp;
  inputs: readonly ((length: number) => string)[];
  maxLength: number;
  boundMs: number;
  attempts?: number;
}): SlowestScan {
  const { regex, inputs, maxLength, boundMs, attempts = 3 } = params;
  let slowest: SlowestScan = { milliseconds: 0, length: 0, inputStart: '', input: '' };
  let carried: readonly number[] | undefined;
  for (const length of lengthLadder(maxLength)) {
    slowest = { milliseconds: 0, length, inputStart: '', input: '' };
    const timed: { index: number; milliseconds: number }[] = [];
    for (const index of length >= CARRY_FROM_LENGTH && carried ? carried : inputs.keys()) {
      const input = (inputs[index] as (length: number) => string)(length);
      const milliseconds = bestOf(regex, input, boundMs, attempts);
      timed.push({ index, milliseconds });
      if (milliseconds >= slowest.milliseconds) slowest = { milliseconds, length, inputStart: JSON.stringify(input.slice(0, 24)), input };
      if (milliseconds >= boundMs) return slowest;
    }
    carried = slowestInputs(timed, CARRIED_INPUTS);
  }
  return slowest;
}

/** The indexes of the `count` slowest timed inputs, slowest first. */
export function slowestInputs(timed: readonly { index: number; milliseconds: number }[], count: number): number[] {
  return [...timed]
    .sort((a, b) => b.milliseconds - a.milliseconds)
    .slice(0, count)
    .map(({ index }) => index);
}

/**
 * How much slower the slowest input scans than its first quarter (same prefix, same failing last character):
 * about 4 for a linear pattern, 16 for a quadratic one. A ratio compares two runs on the same machine moments
 * apart, so it holds where a busy machine inflates every absolute time.
 */
export function growthOverQuarter(params: { regex: RegExp; input: string; attempts?: number }): number {
  const { regex, input, attempts = 5 } = params;
  const quarter = input.slice(0, Math.max(1, Math.floor(input.length / 4) - 1)) + input.slice(-1);
  // Full and quarter measured in alternation, best of each: a burst of load on a shared machine then
  // slows one round of both, not only the full input (measured: a linear pattern read 11.6× with the two
  // timed one after the other at load 20, and 2.6–6.0× alternating).
  let full = Infinity;
  let part = Infinity;
  for (let round = 0; round < Math.max(1, attempts); round++) {
    full = Math.min(full, bestOf(regex, input, 0, 1));
    part = Math.min(part, bestOf(regex, quarter, 0, 1));
  }
  return full / Math.max(part, 0.01);
}
