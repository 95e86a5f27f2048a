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
  /**
   * Ways the grammar can continue from one point (alternatives, plus everything reachable by skipping
   * optional parts). llama.cpp keeps one parse stack per way and checks every vocabulary token against
   * each, for every token: a 200-byte grammar with 4,096 ways stalled every sequence for minutes.
   */
  maxPathsAtOnce: 128,
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
    const reader = new GbnfReader(grammar, limits);
    reader.readGrammar();
    new GbnfPathBound(reader.containers, limits).check();
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

/** One element of a sequence with its repetition: a character, the empty literal, a rule or a group. */
interface GbnfItem {
  readonly kind: 'character' | 'empty' | 'rule' | 'group';
  readonly rule?: string;
  readonly group?: GbnfContainer;
  min: number;
  max: number | null;
}

interface GbnfSequence {
  readonly items: GbnfItem[];
  readonly container: GbnfContainer;
}

/** A rule's alternatives, or a parenthesised group's; a group knows where it stands in its parent. */
interface GbnfContainer {
  readonly sequences: GbnfSequence[];
  readonly rule?: string;
  readonly parent?: { readonly sequence: GbnfSequence; readonly index: number };
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
  /** Every rule's and group's alternatives, for GbnfPathBound. */
  readonly containers: { readonly rules: Map<string, GbnfContainer>; readonly groups: GbnfContainer[] } = { rules: new Map(), groups: [] };

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
    let container = this.containers.rules.get(this.currentRule);
    if (!container) {
      container = { sequences: [], rule: this.currentRule };
      this.containers.rules.set(this.currentRule, container);
    }
    pos = this.alternates(this.space(pos + 3, true), false, container);
    const char = this.at(pos);
    if (char === '\r') pos += this.at(pos + 1) === '\n' ? 2 : 1;
    else if (char === '\n') pos += 1;
    else if (char !== undefined) this.syntax('expecting newline or end', pos);
    return this.space(pos, true);
  }

  private alternates(start: number, nested: boolean, container: GbnfContainer): number {
    let pos = this.sequence(start, nested, container);
    while (this.at(pos) === '|') pos = this.sequence(this.space(pos + 1, true), nested, container);
    return pos;
  }

  /** parse_sequence; `canRepeat` mirrors llama.cpp's "an element since last_sym_start". */
  private sequence(start: number, nested: boolean, container: GbnfContainer): number {
    let pos = start;
    let canRepeat = false;
    const sequence: GbnfSequence = { items: [], container };
    container.sequences.push(sequence);
    const add = (item: Omit<GbnfItem, 'min' | 'max'>) => sequence.items.push({ ...item, min: 1, max: 1 });
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
      const last = sequence.items.length - 1;
      const item = sequence.items[last] as GbnfItem;
      if (item.min === 1 && item.max === 1) {
        item.min = min;
        item.max = max;
      } else {
        // `x?*`: llama.cpp repeats the rule it generated for `x?`; here, a group holding it.
        const group: GbnfContainer = { sequences: [], parent: { sequence, index: last } };
        group.sequences.push({ items: [item], container: group });
        this.containers.groups.push(group);
        sequence.items[last] = { kind: 'group', group, min, max };
      }
    };
    for (;;) {
      const char = this.at(pos);
      if (char === '"') {
        const literalStart = pos;
        pos = this.literal(pos);
        itemElements = Math.max(1, pos - literalStart - 2);
        add({ kind: pos - literalStart === 2 ? 'empty' : 'character' });
        canRepeat = true;
        pos = this.space(pos, nested);
      } else if (char === '[') {
        const { end, elements } = this.charClass(pos);
        itemElements = elements + 1;
        canRepeat = elements > 0;
        add({ kind: 'character' });
        pos = this.space(end, nested);
      } else if (char === '<' || char === '!') {
        this.syntax('token references (<…>, <[id]>, !<…>) are not supported; write the text as a literal', pos);
      } else if (isWordChar(char)) {
        const nameEnd = this.name(pos);
        this.references.get(this.currentRule)?.add(this.text.slice(pos, nameEnd));
        add({ kind: 'rule', rule: this.text.slice(pos, nameEnd) });
        itemElements = 1;
        pos = this.space(nameEnd, nested);
        canRepeat = true;
      } else if (char === '(') {
        this.depth += 1;
        this.checkNesting();
        const group: GbnfContainer = { sequences: [], parent: { sequence, index: sequence.items.length } };
        this.containers.groups.push(group);
        add({ kind: 'group', group });
        pos = this.alternates(this.space(pos + 1, true), true, group);
        if (this.at(pos) !== ')') this.syntax("expecting ')'", pos);
        this.depth -= 1;
        pos = this.space(pos + 1, nested);
        itemElements = 1;
        canRepeat = true;
      } else if (char === '.') {
        pos = this.space(pos + 1, nested);
        add({ kind: 'character' });
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

/**
 * How many parse stacks llama.cpp can hold at once, bounded from the grammar (recursion is already
 * refused, so rules form a DAG). At a point in a sequence, the ways to go on are the first characters
 * of the items ahead up to the first one that cannot be skipped, plus, if all of them can, the ways to
 * go on after the rule or group that holds the sequence (for a rule: the worst of its call sites).
 * A repeated item adds its own first characters again. Alternatives add up.
 */
class GbnfPathBound {
  private readonly starts = new Map<GbnfContainer, { nullable: boolean; first: number }>();
  private readonly continuations = new Map<GbnfContainer, number>();
  private readonly callSites = new Map<string, { sequence: GbnfSequence; index: number }[]>();

  constructor(
    private readonly containers: { readonly rules: Map<string, GbnfContainer>; readonly groups: GbnfContainer[] },
    private readonly limits: GbnfLimits,
  ) {}

  check(): void {
    const all = [...this.containers.rules.values(), ...this.containers.groups];
    for (const container of all) {
      for (const sequence of container.sequences) {
        for (const [index, item] of sequence.items.entries()) {
          if (item.kind === 'rule' && item.rule !== undefined) {
            const sites = this.callSites.get(item.rule) ?? [];
            sites.push({ sequence, index });
            this.callSites.set(item.rule, sites);
          }
          const repeatsAgain = item.max === null || item.max > 1;
          if (repeatsAgain && this.base(item).nullable) {
            throw new GbnfRefusal(
              'limit',
              'grammar repeats an item that can match nothing (such as ("a"?)* or x+ where x can be empty): write the item without its own ? or empty alternative',
            );
          }
        }
      }
    }
    let worst = 0;
    const root = this.containers.rules.get('root');
    if (root) worst = this.containerStart(root).first;
    for (const container of all) {
      for (const sequence of container.sequences) {
        for (let index = 0; index < sequence.items.length; index += 1) worst = Math.max(worst, this.after(sequence, index));
      }
    }
    if (worst > this.limits.maxPathsAtOnce) {
      throw new GbnfRefusal(
        'limit',
        `grammar has more than ${this.limits.maxPathsAtOnce} ways to continue at one point (${worst >= CAP ? 'very many' : worst}: alternatives plus optional parts that can be skipped); llama.cpp checks every token against each of them`,
      );
    }
  }

  /** The item with its repetition: `x?`, `x*` and `x{0,n}` can be skipped. */
  private start(item: GbnfItem): { nullable: boolean; first: number } {
    if (item.max === 0) return { nullable: true, first: 0 };
    const base = this.base(item);
    return { nullable: base.nullable || item.min === 0, first: base.first };
  }

  /** The item itself, once, whatever its repetition. */
  private base(item: GbnfItem): { nullable: boolean; first: number } {
    if (item.kind === 'character') return { nullable: false, first: 1 };
    if (item.kind === 'empty') return { nullable: true, first: 0 };
    return item.kind === 'group' && item.group ? this.containerStart(item.group) : this.ruleStart(item.rule);
  }

  private ruleStart(name: string | undefined): { nullable: boolean; first: number } {
    const rule = name === undefined ? undefined : this.containers.rules.get(name);
    // An undefined rule is refused by llama.cpp itself; count it as one character.
    return rule ? this.containerStart(rule) : { nullable: false, first: 1 };
  }

  private containerStart(container: GbnfContainer): { nullable: boolean; first: number } {
    const known = this.starts.get(container);
    if (known) return known;
    let nullable = false;
    let first = 0;
    for (const sequence of container.sequences) {
      const ahead = this.ahead(sequence, 0);
      nullable ||= ahead.nullable;
      first = Math.min(CAP, first + ahead.first);
    }
    const result = { nullable, first };
    this.starts.set(container, result);
    return result;
  }

  /** First characters of the items from `index` on, up to the first that cannot be skipped. */
  private ahead(sequence: GbnfSequence, index: number): { nullable: boolean; first: number } {
    let first = 0;
    for (let next = index; next < sequence.items.length; next += 1) {
      const start = this.start(sequence.items[next] as GbnfItem);
      first = Math.min(CAP, first + start.first);
      if (!start.nullable) return { nullable: false, first };
    }
    return { nullable: true, first };
  }

  /** Ways to go on once item `index` of `sequence` has matched. */
  private after(sequence: GbnfSequence, index: number): number {
    const item = sequence.items[index] as GbnfItem;
    const again = item.max === null || item.max > 1 ? this.start(item).first : 0;
    const ahead = this.ahead(sequence, index + 1);
    return Math.min(CAP, again + ahead.first + (ahead.nullable ? this.continuation(sequence.container) : 0));
  }

  /** Ways to go on once the rule or group has matched: for a rule, the worst of the places that use it. */
  private continuation(container: GbnfContainer): number {
    const known = this.continuations.get(container);
    if (known !== undefined) return known;
    let worst = 0;
    if (container.parent) worst = this.after(container.parent.sequence, container.parent.index);
    else for (const site of this.callSites.get(container.rule ?? '') ?? []) worst = Math.max(worst, this.after(site.sequence, site.index));
    this.continuations.set(container, worst);
    return worst;
  }
}

/** Counts saturate here: past it, only "too many" matters. */
const CAP = 1_000_000_000;
