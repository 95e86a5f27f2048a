import { GBNF_LIMITS, gbnfLimitViolation } from './gbnf-limits.util';

const nested = (depth: number) => `root ::= ${'('.repeat(depth)}"a"${')'.repeat(depth)}`;

describe(gbnfLimitViolation.name, () => {
  it('accepts an ordinary grammar with comments, literals, classes and repetitions', () => {
    const grammar = [
      '# a comment with ( ( ( and ::= inside',
      'root ::= item ("," item){0,9} "\\n"?',
      'item ::= [a-z()\\]]+ | "((" | "\\")("',
    ].join('\n');
    expect(gbnfLimitViolation({ grammar })).toBeNull();
  });

  it(`allows nesting to ${GBNF_LIMITS.maxNesting} and refuses one more, naming the limit`, () => {
    expect(gbnfLimitViolation({ grammar: nested(GBNF_LIMITS.maxNesting) })).toBeNull();
    expect(gbnfLimitViolation({ grammar: nested(GBNF_LIMITS.maxNesting + 1) })).toMatch(/nests groups deeper than 64/);
    expect(gbnfLimitViolation({ grammar: nested(20_000) })).toMatch(/nests groups deeper than 64/);
  });

  it('does not count parentheses inside literals, character classes or comments', () => {
    const quoted = `root ::= "${'('.repeat(500)}" [${'('.repeat(500)}] # ${'('.repeat(500)}\n`;
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
