/**
 * Bounds on a GBNF grammar before llama.cpp sees it. llama.cpp parses grammars by recursive descent
 * and expands `x{m,n}` into chains of rules: ~20,000 nested groups overflow the native stack and take
 * the whole process down, and large repetitions multiply rules. Our own strict-answer grammar nests
 * two deep with repetitions of a few hundred.
 */
export const GBNF_LIMITS = {
  maxChars: 65_536,
  maxNesting: 64,
  maxRules: 1024,
  /** Largest m or n in one `{m,n}`. */
  maxRepetition: 4096,
  /** Sum of the largest bound of every `{m,n}`: what llama.cpp expands in all. */
  maxTotalRepetition: 32_768,
  /** Grammar elements llama.cpp writes out for all repetitions together (a repeated item is copied, not referenced). */
  maxRepeatedElements: 262_144,
} as const;

export type GbnfLimits = { readonly [K in keyof typeof GBNF_LIMITS]: number };

/** `limit`: a bound above was crossed; `syntax`: llama.cpp would refuse it, or could never generate it. */
export interface GbnfProblem {
  readonly kind: 'limit' | 'syntax';
  readonly message: string;
}

/** The first limit or syntax problem of a grammar, as a sentence naming it, or null. */
export function gbnfLimitViolation({ grammar, limits = GBNF_LIMITS }: { grammar: string; limits?: GbnfLimits }): string | null {
  return gbnfProblem({ grammar, limits })?.message ?? null;
}

/**
 * Reads the grammar exactly as llama.cpp's own parser does (src/llama-grammar.cpp, bundled with
 * node-llama-cpp): what ends a comment (`\r` or `\n`), where newlines count as space, which escapes
 * exist. A scanner that only approximates it can be steered past the nesting check (`#\r` then
 * 20,000 groups segfaulted the process). Stricter than llama.cpp where that is safer:
 * - every `(` inside a comment counts as one more level of nesting and is never closed;
 * - escapes must name a code point a model can write (≤ U+10FFFF, no surrogates, no NUL in a literal),
 *   and ranges must not be reversed: such grammars match nothing, and llama.cpp's sampler then
 *   throws from native code;
 * - token references (`<…>`, `<[id]>`, `!<…>`) are refused: a token the model cannot sample
 *   (end-of-generation, out of range) leaves the grammar nothing to accept.
 * Undefined rules and a missing `root` are left to llama.cpp, which refuses them cleanly.
 */
export function gbnfProblem({ grammar, limits = GBNF_LIMITS }: { grammar: string; limits?: GbnfLimits }): GbnfProblem | null {
  if (grammar.length > limits.maxChars) return { kind: 'limit', message: `grammar is longer than ${limits.maxChars} characters` };
  // llama.cpp reads a C string: anything after a NUL would be silently dropped.
  if (grammar.includes('\u0000')) return { kind: 'syntax', message: 'grammar contains a NUL character' };
  try {
    new GbnfReader(grammar, limits).readGrammar();
    return null;
  } catch (error) {
    if (error instanceof GbnfRefusal) return { kind: error.kind, message: error.message };
    throw error;
  }
}

class GbnfRefusal extends Error {
  constructor(
    readonly kind: GbnfProblem['kind'],
    message: string,
  ) {
    super(message);
  }
}

const MAX_CODE_POINT = 0x10ffff;
const SIMPLE_ESCAPES: Readonly<Record<string, number>> = { t: 0x09, r: 0x0d, n: 0x0a, '\\': 0x5c, '"': 0x22, '[': 0x5b, ']': 0x5d, '-': 0x2d };
const HEX_ESCAPE_DIGITS: Readonly<Record<string, number>> = { x: 2, u: 4, U: 8 };

const isDigit = (char: string | undefined): boolean => char !== undefined && char >= '0' && char <= '9';
const isWordChar = (char: string | undefined): boolean =>
  char !== undefined && ((char >= 'a' && char <= 'z') || (char >= 'A' && char <= 'Z') || char === '-' || isDigit(char));

/** One pass over the grammar mirroring llama_grammar_parser's functions of the same names. */
class GbnfReader {
  private depth = 0;
  /** `(` seen inside comments: counted as nesting for good (see gbnfProblem). */
  private commentOpenings = 0;
  private rules = 0;
  private totalRepetition = 0;
  private repeatedElements = 0;
  private currentRule = '';
  /** Rule name → the rule names its alternatives refer to, to refuse recursion (see refuseRecursion). */
  private readonly references = new Map<string, Set<string>>();

  constructor(
    private readonly text: string,
    private readonly limits: GbnfLimits,
  ) {}

  readGrammar(): void {
    let pos = this.space(0, true);
    while (pos < this.text.length) pos = this.rule(pos);
    this.refuseRecursion();
  }

  /**
   * llama.cpp refuses plain left recursion but misses it behind a prefix that can match nothing
   * (`root ::= x root "a"` with `x ::= "b"?`), and then expands the rule forever on the main thread until the
   * process runs out of memory. Nothing MedLocal generates is recursive, so any cycle between rules is refused.
   */
  private refuseRecursion(): void {
    const state = new Map<string, 'visiting' | 'done'>();
    for (const start of this.references.keys()) {
      if (state.has(start)) continue;
      const stack: { rule: string; next: Iterator<string> }[] = [{ rule: start, next: (this.references.get(start) ?? new Set<string>()).values() }];
      state.set(start, 'visiting');
      while (stack.length > 0) {
        const top = stack[stack.length - 1] as { rule: string; next: Iterator<string> };
        const step = top.next.next();
        if (step.done) {
          state.set(top.rule, 'done');
          stack.pop();
          continue;
        }
        const seen = state.get(step.value);
        if (seen === 'visiting') this.limit(`grammar rule "${step.value}" refers to itself (recursive rules are not supported)`);
        if (seen === undefined && this.references.has(step.value)) {
          state.set(step.value, 'visiting');
          stack.push({ rule: step.value, next: (this.references.get(step.value) ?? new Set<string>()).values() });
        }
      }
    }
  }

  private at(pos: number): string | undefined {
    return pos < this.text.length ? this.text[pos] : undefined;
  }

  private syntax(message: string, pos: number): never {
    throw new GbnfRefusal('syntax', `grammar: ${message} at character ${pos + 1}`);
  }

  private limit(message: string): never {
    throw new GbnfRefusal('limit', message);
  }

  private checkNesting(): void {
    if (this.depth + this.commentOpenings > this.limits.maxNesting) this.limit(`grammar nests groups deeper than ${this.limits.maxNesting} levels`);
  }

  /** parse_space: spaces, tabs and `#` comments (to `\r` or `\n`); newlines only where `newlineOk`. */
  private space(start: number, newlineOk: boolean): number {
    let pos = start;
    for (;;) {
      const char = this.at(pos);
      if (char === ' ' || char === '\t' || (newlineOk && (char === '\r' || char === '\n'))) {
        pos += 1;
      } else if (char === '#') {
        for (; pos < this.text.length && this.text[pos] !== '\r' && this.text[pos] !== '\n'; pos += 1) {
          if (this.text[pos] === '(') {
            this.commentOpenings += 1;
            this.checkNesting();
          }
        }
      } else {
        return pos;
      }
    }
  }

  private name(start: number): number {
    let pos = start;
    while (isWordChar(this.at(pos))) pos += 1;
    if (pos === start) this.syntax('expecting a rule name', start);
    return pos;
  }

  private integer(start: number): { value: number; end: number } {
    let pos = start;
    while (isDigit(this.at(pos))) pos += 1;
    if (pos === start) this.syntax('expecting an integer', start);
    const digits = this.text.slice(start, pos);
    // Beyond 15 digits a Number loses precision; any such bound is far past the limit anyway.
    return { value: digits.length > 15 ? Number.POSITIVE_INFINITY : Number(digits), end: pos };
  }

  /** parse_rule: `name ::= alternates` ended by `\r\n`, `\r`, `\n` or the end. */
  private rule(start: number): number {
    const nameEnd = this.name(start);
    this.currentRule = this.text.slice(start, nameEnd);
    if (!this.references.has(this.currentRule)) this.references.set(this.currentRule, new Set());
    let pos = this.space(nameEnd, false);
    if (!this.text.startsWith('::=', pos)) this.syntax("expecting '::='", pos);
    this.rules += 1;
    if (this.rules > this.limits.maxRules) this.limit(`grammar has more than ${this.limits.maxRules} rules`);
    pos = this.alternates(this.space(pos + 3, true), false);
    const char = this.at(pos);
    if (char === '\r') pos += this.at(pos + 1) === '\n' ? 2 : 1;
    else if (char === '\n') pos += 1;
    else if (char !== undefined) this.syntax('expecting newline or end', pos);
    return this.space(pos, true);
  }

  private alternates(start: number, nested: boolean): number {
    let pos = this.sequence(start, nested);
    while (this.at(pos) === '|') pos = this.sequence(this.space(pos + 1, true), nested);
    return pos;
  }

  /** parse_sequence; `canRepeat` mirrors llama.cpp's "an element since last_sym_start". */
  private sequence(start: number, nested: boolean): number {
    let pos = start;
    let canRepeat = false;
    /** Elements of the last item: llama.cpp copies them once per repetition (a group or rule is one reference). */
    let itemElements = 1;
    const repeat = (min: number, max: number | null, at: number) => {
      if (!canRepeat) this.syntax('nothing to repeat before */+/?/{', at);
      const largest = max ?? min;
      if (min > this.limits.maxRepetition || largest > this.limits.maxRepetition) {
        this.limit(`grammar repeats an item more than ${this.limits.maxRepetition} times`);
      }
      this.totalRepetition += largest;
      if (this.totalRepetition > this.limits.maxTotalRepetition) this.limit(`grammar repetitions add up to more than ${this.limits.maxTotalRepetition}`);
      this.repeatedElements += itemElements * Math.max(largest, 1);
      if (this.repeatedElements > this.limits.maxRepeatedElements) {
        this.limit(`grammar repetitions would write out more than ${this.limits.maxRepeatedElements} elements`);
      }
      // `x{0,0}` leaves nothing behind it to repeat again; every other form leaves an element.
      canRepeat = !(min === 0 && max === 0);
    };
    for (;;) {
      const char = this.at(pos);
      if (char === '"') {
        const literalStart = pos;
        pos = this.literal(pos);
        itemElements = Math.max(1, pos - literalStart - 2);
        canRepeat = true;
        pos = this.space(pos, nested);
      } else if (char === '[') {
        const { end, elements } = this.charClass(pos);
        itemElements = elements + 1;
        canRepeat = elements > 0;
        pos = this.space(end, nested);
      } else if (char === '<' || char === '!') {
        this.syntax('token references (<…>, <[id]>, !<…>) are not supported; write the text as a literal', pos);
      } else if (isWordChar(char)) {
        const nameEnd = this.name(pos);
        this.references.get(this.currentRule)?.add(this.text.slice(pos, nameEnd));
        itemElements = 1;
        pos = this.space(nameEnd, nested);
        canRepeat = true;
      } else if (char === '(') {
        this.depth += 1;
        this.checkNesting();
        pos = this.alternates(this.space(pos + 1, true), true);
        if (this.at(pos) !== ')') this.syntax("expecting ')'", pos);
        this.depth -= 1;
        pos = this.space(pos + 1, nested);
        itemElements = 1;
        canRepeat = true;
      } else if (char === '.') {
        pos = this.space(pos + 1, nested);
        canRepeat = true;
      } else if (char === '*' || char === '+' || char === '?') {
        const at = pos;
        pos = this.space(pos + 1, nested);
        repeat(char === '+' ? 1 : 0, char === '?' ? 1 : null, at);
      } else if (char === '{') {
        const at = pos;
        pos = this.space(pos + 1, nested);
        const min = this.integer(pos);
        pos = this.space(min.end, nested);
        let max: number | null = min.value;
        if (this.at(pos) === ',') {
          pos = this.space(pos + 1, nested);
          max = null;
          if (isDigit(this.at(pos))) {
            const upper = this.integer(pos);
            max = upper.value;
            pos = this.space(upper.end, nested);
          }
        }
        if (this.at(pos) !== '}') this.syntax(max === min.value ? "expecting ',' or '}'" : "expecting '}'", pos);
        // llama.cpp computes n - m unsigned: {2,1} would have it generate rules until memory runs out.
        if (max !== null && max < min.value) this.syntax(`repetition {${min.value},${max}} has its maximum below its minimum`, at);
        pos = this.space(pos + 1, nested);
        repeat(min.value, max, at);
      } else {
        return pos;
      }
    }
  }

  /** `"…"`: returns the position after the closing quote. */
  private literal(start: number): number {
    let pos = start + 1;
    while (this.at(pos) !== '"') {
      if (pos >= this.text.length) this.syntax('unterminated string literal', start);
      const char = this.char(pos);
      if (char.codePoint === 0) this.syntax('a NUL character (\\x00) can never be generated', pos);
      pos = char.end;
    }
    return pos + 1;
  }

  /** `[…]` / `[^…]`: returns the position after `]` and how many elements llama.cpp would emit. */
  private charClass(start: number): { end: number; elements: number } {
    let pos = start + 1;
    if (this.at(pos) === '^') pos += 1;
    let elements = 0;
    while (this.at(pos) !== ']') {
      if (pos >= this.text.length) this.syntax('unterminated character class', start);
      const low = this.char(pos);
      pos = low.end;
      elements += 1;
      if (this.at(pos) === '-' && this.at(pos + 1) !== ']') {
        if (pos + 1 >= this.text.length) this.syntax('unterminated character class', start);
        const high = this.char(pos + 1);
        if (high.codePoint < low.codePoint) {
          this.syntax(`character range ${this.text.slice(low.start, pos)}-${this.text.slice(pos + 1, high.end)} is reversed and matches nothing`, low.start);
        }
        pos = high.end;
      }
    }
    return { end: pos + 1, elements };
  }

  /** parse_char: one escape or one code point. */
  private char(start: number): { codePoint: number; start: number; end: number } {
    const char = this.at(start);
    if (char === undefined) this.syntax('unexpected end of grammar', start);
    if (char !== '\\') {
      const codePoint = this.text.codePointAt(start) as number;
      if (codePoint >= 0xd800 && codePoint <= 0xdfff) this.syntax('lone surrogate character', start);
      return { codePoint, start, end: start + (codePoint > 0xffff ? 2 : 1) };
    }
    const kind = this.at(start + 1);
    const simple = kind === undefined ? undefined : SIMPLE_ESCAPES[kind];
    if (simple !== undefined) return { codePoint: simple, start, end: start + 2 };
    const digits = kind === undefined ? undefined : HEX_ESCAPE_DIGITS[kind];
    if (digits === undefined) this.syntax(`unknown escape \\${kind ?? ''}`, start);
    const hex = this.text.slice(start + 2, start + 2 + digits);
    if (!new RegExp(`^[0-9a-fA-F]{${digits}}$`).test(hex)) this.syntax(`\\${kind} needs exactly ${digits} hex digits`, start);
    const codePoint = Number.parseInt(hex, 16);
    const escape = `\\${kind}${hex}`;
    if (codePoint > MAX_CODE_POINT) this.syntax(`escape ${escape} is beyond U+10FFFF and can never be generated`, start);
    if (codePoint >= 0xd800 && codePoint <= 0xdfff) this.syntax(`escape ${escape} is a surrogate, not a character`, start);
    return { codePoint, start, end: start + 2 + digits };
  }
}
