/**
 * A small reference matcher for the GBNF subset MedLocal generates (literals, character
 * classes, rule references, groups, alternation, ? * + {m,n}). llama.cpp can only run a
 * grammar against a loaded model; this lets the tests check, without one, that the strict
 * grammar accepts well-formed answers and refuses malformed ones. Test support only.
 */
type GbnfNode =
  | { kind: 'literal'; codePoints: number[] }
  | { kind: 'class'; negated: boolean; ranges: [number, number][] }
  | { kind: 'rule'; name: string }
  | { kind: 'alternation'; options: GbnfNode[][] }
  | { kind: 'repeat'; node: GbnfNode; min: number; max: number };

export class GbnfMatcher {
  private readonly rules = new Map<string, GbnfNode>();
  private memo = new Map<string, Set<number>>();
  private input: number[] = [];

  constructor(grammar: string) {
    for (const rawLine of grammar.split('\n')) {
      const line = rawLine.trim();
      if (line.length === 0 || line.startsWith('#')) continue;
      const separator = line.indexOf('::=');
      if (separator < 0) throw new Error(`Not a rule: ${line}`);
      const name = line.slice(0, separator).trim();
      const parser = new ExpressionParser(line.slice(separator + 3));
      this.rules.set(name, parser.parseAll());
    }
    for (const name of this.referencedRules()) {
      if (!this.rules.has(name)) throw new Error(`Undefined rule ${name}`);
    }
  }

  matches(text: string, rootRule = 'root'): boolean {
    this.input = Array.from(text, (character) => character.codePointAt(0) ?? 0);
    this.memo = new Map();
    return this.matchRule(rootRule, 0).has(this.input.length);
  }

  private referencedRules(): string[] {
    const names: string[] = [];
    const visit = (node: GbnfNode): void => {
      if (node.kind === 'rule') names.push(node.name);
      if (node.kind === 'alternation') node.options.forEach((option) => option.forEach(visit));
      if (node.kind === 'repeat') visit(node.node);
    };
    this.rules.forEach(visit);
    return names;
  }

  private matchRule(name: string, position: number): Set<number> {
    const key = `${name}@${position}`;
    const cached = this.memo.get(key);
    if (cached) return cached;
    const rule = this.rules.get(name);
    if (!rule) throw new Error(`Undefined rule ${name}`);
    const ends = this.matchNode(rule, position);
    this.memo.set(key, ends);
    return ends;
  }

  private matchNode(node: GbnfNode, position: number): Set<number> {
    switch (node.kind) {
      case 'literal':
        return node.codePoints.every((codePoint, offset) => this.input[position + offset] === codePoint)
          ? new Set([position + node.codePoints.length])
          : new Set();
      case 'class': {
        const codePoint = this.input[position];
        if (codePoint === undefined) return new Set();
        const inRanges = node.ranges.some(([low, high]) => codePoint >= low && codePoint <= high);
        return inRanges !== node.negated ? new Set([position + 1]) : new Set();
      }
      case 'rule':
        return this.matchRule(node.name, position);
      case 'alternation': {
        const ends = new Set<number>();
        for (const option of node.options) {
          this.matchSequence(option, position).forEach((end) => ends.add(end));
        }
        return ends;
      }
      case 'repeat': {
        const ends = new Set<number>(node.min === 0 ? [position] : []);
        let frontier = new Set([position]);
        for (let count = 1; count <= node.max && frontier.size > 0; count++) {
          const next = new Set<number>();
          frontier.forEach((start) => this.matchNode(node.node, start).forEach((end) => next.add(end)));
          if (count >= node.min) next.forEach((end) => ends.add(end));
          frontier = next;
        }
        return ends;
      }
    }
  }

  private matchSequence(sequence: GbnfNode[], position: number): Set<number> {
    let positions = new Set([position]);
    for (const node of sequence) {
      const next = new Set<number>();
      positions.forEach((start) => this.matchNode(node, start).forEach((end) => next.add(end)));
      positions = next;
      if (positions.size === 0) break;
    }
    return positions;
  }
}

class ExpressionParser {
  private position = 0;
  private readonly text: string[];

  constructor(source: string) {
    this.text = Array.from(source);
  }

  parseAll(): GbnfNode {
    const node = this.parseAlternation();
    this.skipSpace();
    if (this.position < this.text.length) throw new Error(`Unexpected ${this.text.slice(this.position).join('')}`);
    return node;
  }

  private parseAlternation(): GbnfNode {
    const options: GbnfNode[][] = [this.parseSequence()];
    while (this.peek() === '|') {
      this.position++;
      options.push(this.parseSequence());
    }
    return { kind: 'alternation', options };
  }

  private parseSequence(): GbnfNode[] {
    const sequence: GbnfNode[] = [];
    for (;;) {
      const next = this.peek();
      if (next === undefined || next === '|' || next === ')') return sequence;
      sequence.push(this.parsePostfix(this.parseAtom()));
    }
  }

  private parseAtom(): GbnfNode {
    const next = this.peek();
    if (next === '"') {
      this.position++;
      const codePoints: number[] = [];
      while (this.text[this.position] !== '"') {
        if (this.position >= this.text.length) throw new Error('Unterminated literal');
        codePoints.push(this.readChar());
      }
      this.position++;
      return { kind: 'literal', codePoints };
    }
    if (next === '[') {
      this.position++;
      const negated = this.text[this.position] === '^';
      if (negated) this.position++;
      const ranges: [number, number][] = [];
      while (this.text[this.position] !== ']') {
        if (this.position >= this.text.length) throw new Error('Unterminated class');
        const low = this.readChar();
        if (this.text[this.position] === '-' && this.text[this.position + 1] !== ']') {
          this.position++;
          ranges.push([low, this.readChar()]);
        } else {
          ranges.push([low, low]);
        }
      }
      this.position++;
      return { kind: 'class', negated, ranges };
    }
    if (next === '(') {
      this.position++;
      const group = this.parseAlternation();
      if (this.peek() !== ')') throw new Error('Unclosed group');
      this.position++;
      return group;
    }
    const name = /^[a-zA-Z0-9-]+/.exec(this.text.slice(this.position).join(''))?.[0];
    if (!name) throw new Error(`Unexpected ${next ?? 'end'}`);
    this.position += name.length;
    return { kind: 'rule', name };
  }

  private parsePostfix(node: GbnfNode): GbnfNode {
    const next = this.text[this.position];
    if (next === '?') return this.advance({ kind: 'repeat', node, min: 0, max: 1 });
    if (next === '*') return this.advance({ kind: 'repeat', node, min: 0, max: Infinity });
    if (next === '+') return this.advance({ kind: 'repeat', node, min: 1, max: Infinity });
    if (next === '{') {
      const bounds = /^\{(\d+)(,(\d*))?\}/.exec(this.text.slice(this.position).join(''));
      if (!bounds) throw new Error('Bad repetition');
      this.position += bounds[0].length;
      const min = Number(bounds[1]);
      const max = bounds[2] === undefined ? min : bounds[3] ? Number(bounds[3]) : Infinity;
      return { kind: 'repeat', node, min, max };
    }
    return node;
  }

  private advance(node: GbnfNode): GbnfNode {
    this.position++;
    return node;
  }

  private readChar(): number {
    const character = this.text[this.position++] ?? '';
    if (character !== '\\') return character.codePointAt(0) ?? 0;
    const escaped = this.text[this.position++] ?? '';
    const hexDigits = { x: 2, u: 4, U: 8 }[escaped];
    if (hexDigits !== undefined) {
      const hex = this.text.slice(this.position, this.position + hexDigits).join('');
      this.position += hexDigits;
      return parseInt(hex, 16);
    }
    const escapes: Record<string, number> = { n: 10, t: 9, r: 13, '\\': 92, '"': 34, ']': 93, '[': 91, '-': 45 };
    const code = escapes[escaped];
    if (code === undefined) throw new Error(`Unknown escape \\${escaped}`);
    return code;
  }

  private peek(): string | undefined {
    this.skipSpace();
    return this.text[this.position];
  }

  private skipSpace(): void {
    while (this.text[this.position] === ' ' || this.text[this.position] === '\t') this.position++;
  }
}
