import { GBNF_LIMITS, gbnfLimitViolation } from './gbnf-limits.util';

const nested = (depth: number) => `root ::= ${'('.repeat(depth)}"a"${')'.repeat(depth)}`;

describe(gbnfLimitViolation.name, () => {
  it('accepts an ordinary grammar with comments, literals, classes and repetitions', () => {
    const grammar = ['# a comment with ( ( ( and ::= inside', 'root ::= item ("," item){0,9} "\\n"?', 'item ::= [a-z()\\]]+ | "((" | "\\")("'].join('\n');
    expect(gbnfLimitViolation({ grammar })).toBeNull();
  });

  it(`allows nesting to ${GBNF_LIMITS.maxNesting} and refuses one more, naming the limit`, () => {
    expect(gbnfLimitViolation({ grammar: nested(GBNF_LIMITS.maxNesting) })).toBeNull();
    expect(gbnfLimitViolation({ grammar: nested(GBNF_LIMITS.maxNesting + 1) })).toMatch(/nests groups deeper than 64/);
    expect(gbnfLimitViolation({ grammar: nested(20_000) })).toMatch(/nests groups deeper than 64/);
  });

  it('does not count parentheses inside literals or character classes', () => {
    const quoted = `root ::= "${'('.repeat(500)}" [${'('.repeat(500)}] # (a comment)\n`;
    expect(gbnfLimitViolation({ grammar: quoted })).toBeNull();
  });

  it('refuses too many rules, too large a repetition and too large a text', () => {
    const rules = Array.from({ length: GBNF_LIMITS.maxRules + 1 }, (_, i) => `r${i} ::= "x"`).join('\n');
    expect(gbnfLimitViolation({ grammar: rules })).toMatch(/more than 1024 rules/);
    expect(gbnfLimitViolation({ grammar: `root ::= "a"{0,${GBNF_LIMITS.maxRepetition + 1}}` })).toMatch(/repeats .* more than 4096/);
    const many = `root ::= ${Array.from({ length: 20 }, () => `"a"{0,4000}`).join(' ')}`;
    expect(gbnfLimitViolation({ grammar: many })).toMatch(/repetitions add up to more than/);
    expect(gbnfLimitViolation({ grammar: `root ::= "${'a'.repeat(GBNF_LIMITS.maxChars)}"` })).toMatch(/longer than 65536/);
  });
});

describe('gbnfLimitViolation follows llama.cpp’s own GBNF parser (issue 13, re-test)', () => {
  const deepAfterComment = (depth: number, end: string) => `root ::= ( "a" #${end}${'('.repeat(depth)}"b"${')'.repeat(depth)}\n)`;

  it('ends a comment at \\r as llama.cpp does, so groups after "#\\r" count as nesting', () => {
    const attack = deepAfterComment(20_000, '\r');
    expect(attack).toHaveLength(40_022);
    expect(gbnfLimitViolation({ grammar: attack })).toMatch(/nests groups deeper than 64/);
    expect(gbnfLimitViolation({ grammar: deepAfterComment(100, '\r') })).toMatch(/nests groups deeper than 64/);
    expect(gbnfLimitViolation({ grammar: deepAfterComment(100, '\r\n') })).toMatch(/nests groups deeper than 64/);
    expect(gbnfLimitViolation({ grammar: deepAfterComment(10, '\r') })).toBeNull();
  });

  it('counts parentheses inside comments as nesting, so a mis-read comment can only make the check stricter', () => {
    expect(gbnfLimitViolation({ grammar: `root ::= "a" # ${'('.repeat(GBNF_LIMITS.maxNesting + 1)}\n` })).toMatch(/nests groups deeper than 64/);
  });

  it('does not let a quote or bracket inside a comment hide the groups after it', () => {
    for (const opener of ['"', '[', '<', '\\']) {
      const grammar = `root ::= ( "a" # ${opener}\n${'('.repeat(100)}"b"${')'.repeat(100)}\n) # ${opener === '[' ? ']' : opener}\n`;
      expect(gbnfLimitViolation({ grammar })).toMatch(/nests groups deeper than 64/);
    }
  });

  it('names escapes llama.cpp cannot generate: beyond U+10FFFF, surrogates, NUL in a literal, unknown or short escapes', () => {
    expect(gbnfLimitViolation({ grammar: 'root ::= "\\U7FFFFFFF"' })).toMatch(/\\U7FFFFFFF.*beyond U\+10FFFF/);
    expect(gbnfLimitViolation({ grammar: 'root ::= [\\U00110000]' })).toMatch(/beyond U\+10FFFF/);
    expect(gbnfLimitViolation({ grammar: 'root ::= "\\uD800"' })).toMatch(/surrogate/);
    expect(gbnfLimitViolation({ grammar: 'root ::= "\\x00"' })).toMatch(/NUL/);
    expect(gbnfLimitViolation({ grammar: 'root ::= "\\q"' })).toMatch(/unknown escape \\q/);
    expect(gbnfLimitViolation({ grammar: 'root ::= "\\x4"' })).toMatch(/2 hex digits/);
    expect(gbnfLimitViolation({ grammar: 'root ::= "\\U0010FFFF" [\\x00-\\x7F] "\\t\\r\\n\\\\\\"\\[\\]\\-"' })).toBeNull();
  });

  it('names a reversed character range and refuses token references', () => {
    expect(gbnfLimitViolation({ grammar: 'root ::= [z-a]' })).toMatch(/range z-a is reversed/);
    expect(gbnfLimitViolation({ grammar: 'root ::= <[1]>' })).toMatch(/token references/);
    expect(gbnfLimitViolation({ grammar: 'root ::= !<eos> "a"' })).toMatch(/token references/);
    expect(gbnfLimitViolation({ grammar: 'root ::= "<[1]>" [<>]' })).toBeNull();
  });

  it('names syntax llama.cpp would refuse: unterminated literals, unbalanced groups, repetition of nothing', () => {
    expect(gbnfLimitViolation({ grammar: 'root ::= "abc' })).toMatch(/unterminated/);
    expect(gbnfLimitViolation({ grammar: 'root ::= [abc' })).toMatch(/unterminated/);
    expect(gbnfLimitViolation({ grammar: 'root ::= ( "a"' })).toMatch(/expecting '\)'/);
    expect(gbnfLimitViolation({ grammar: 'root ::= * "a"' })).toMatch(/nothing to repeat/);
    expect(gbnfLimitViolation({ grammar: 'root "a"' })).toMatch(/::=/);
    expect(gbnfLimitViolation({ grammar: 'root ::= "a" )' })).toMatch(/newline or end/);
    expect(gbnfLimitViolation({ grammar: 'root ::= "a"{2,1}' })).toMatch(/\{2,1\} has its maximum below its minimum/);
    expect(gbnfLimitViolation({ grammar: 'root ::= "a"\u0000(((' })).toMatch(/NUL/);
  });
});

describe('gbnfLimitViolation refuses recursive rules (issue 13, third re-test)', () => {
  // llama.cpp's left-recursion check misses recursion behind a prefix that can match nothing, and then expands
  // it forever on the main thread until the kernel kills the process: one 37-character request took the server down.
  it.each([
    ['behind an optional prefix', 'root ::= x root "a" | "a"\nx ::= "b"?'],
    ['behind an empty literal', 'root ::= x root "a" | "a"\nx ::= ""'],
    ['behind a starred prefix', 'root ::= x root "a" | "a"\nx ::= "b"*'],
    ['behind a {0,3} prefix', 'root ::= x root "a" | "a"\nx ::= ("b"){0,3}'],
    ['through another rule', 'root ::= x root "a" | "a"\nx ::= y\ny ::= "b"?'],
    ['direct left recursion', 'root ::= root "a" | "a"'],
    ['right recursion', 'root ::= "a" root | "a"'],
  ])('refuses recursion %s, naming it', (_, grammar) => {
    expect(gbnfLimitViolation({ grammar })).toMatch(/refers to itself/);
  });

  it('accepts rules that share sub-rules without any cycle', () => {
    expect(gbnfLimitViolation({ grammar: 'root ::= a b a\na ::= c "x"\nb ::= c "y"\nc ::= [0-9]{1,3}' })).toBeNull();
  });
});

describe('gbnfLimitViolation bounds what repetitions write out (issue 13, third re-test)', () => {
  it('refuses long literals repeated within the count limits, which llama.cpp would copy into hundreds of millions of elements', () => {
    const literal = `"${'a'.repeat(7000)}"`;
    const grammar = `root ::= ${Array.from({ length: 8 }, () => `${literal}{4096}`).join(' ')}`;
    expect(gbnfLimitViolation({ grammar })).toMatch(/would write out more than/);
  });

  it('still accepts a group repeated many times (one reference per copy)', () => {
    expect(gbnfLimitViolation({ grammar: `root ::= ("${'a'.repeat(200)}"){4096}` })).toBeNull();
  });
});

describe('gbnfLimitViolation bounds the paths llama.cpp follows at once (issue 13, fourth re-test)', () => {
  /** `l0 ::= l1 l1`, …, `l{depth} ::= "x" | ""`: every leaf can be skipped, so llama.cpp keeps 2^depth stacks. */
  const nullableTree = (depth: number) =>
    ['root ::= l0 "z"', ...Array.from({ length: depth }, (_, level) => `l${level} ::= l${level + 1} l${level + 1}`), `l${depth} ::= "x" | ""`].join('\n');

  it('refuses repeating something that can match nothing: a 26-character grammar that froze inference', () => {
    expect(gbnfLimitViolation({ grammar: 'root ::= ("a"?){0,450} "z"' })).toMatch(/repeats an item that can match nothing/);
    expect(gbnfLimitViolation({ grammar: 'root ::= ("a"?)* "z"' })).toMatch(/repeats an item that can match nothing/);
    expect(gbnfLimitViolation({ grammar: 'root ::= x+ "z"\nx ::= "a" | ""' })).toMatch(/repeats an item that can match nothing/);
  });

  it('refuses a small grammar whose skippable parts multiply into thousands of paths, naming the bound', () => {
    expect(nullableTree(12).length).toBeLessThan(300);
    expect(gbnfLimitViolation({ grammar: nullableTree(12) })).toMatch(new RegExp(`more than ${GBNF_LIMITS.maxPathsAtOnce} ways to continue`));
    // Continuations count too: after the deepest "x", every skippable sibling above it is a way to go on.
    expect(gbnfLimitViolation({ grammar: nullableTree(5) })).toBeNull();
  });

  it('counts the continuations of every rule a skippable tail returns to', () => {
    // A chain of rules, each followed by an optional 40-way choice: after the innermost "x", all of them are open.
    const chain = [
      'root ::= r0',
      ...Array.from({ length: 10 }, (_, level) => `r${level} ::= r${level + 1} choice?`),
      'r10 ::= "x"',
      `choice ::= ${Array.from({ length: 40 }, (_, i) => `"c${i}"`).join(' | ')}`,
    ].join('\n');
    expect(gbnfLimitViolation({ grammar: chain })).toMatch(/ways to continue/);
  });

  it('still accepts what MedLocal and JSON-style grammars need: optional whitespace, bounded lists, a few dozen alternatives', () => {
    const json = [
      'root ::= "{" ws "\\"codes\\"" ws ":" ws "[" ws (code ("," ws code){0,19})? ws "]" ws "}"',
      `code ::= "\\"" (${Array.from({ length: 40 }, (_, i) => `"I${String(i).padStart(2, '0')}"`).join(' | ')}) "\\""`,
      'ws ::= [ \\t\\n]{0,20}',
    ].join('\n');
    expect(gbnfLimitViolation({ grammar: json })).toBeNull();
    expect(gbnfLimitViolation({ grammar: 'root ::= "a"? "b"? "c"? [a-z]{0,400} "."' })).toBeNull();
  });
});
