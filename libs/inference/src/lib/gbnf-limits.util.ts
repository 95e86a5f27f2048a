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
} as const;

export type GbnfLimits = { readonly [K in keyof typeof GBNF_LIMITS]: number };

/**
 * The first limit a grammar breaks, as a sentence naming it, or null. One linear pass that knows
 * GBNF's literals (`"…"` with escapes), character classes (`[…]`) and comments (`#` to the end of
 * the line), so brackets inside them do not count. Syntax errors are left to llama.cpp's parser.
 */
export function gbnfLimitViolation({ grammar, limits = GBNF_LIMITS }: { grammar: string; limits?: GbnfLimits }): string | null {
  if (grammar.length > limits.maxChars) return `grammar is longer than ${limits.maxChars} characters`;
  let depth = 0;
  let rules = 0;
  let totalRepetition = 0;
  for (let i = 0; i < grammar.length; i += 1) {
    const char = grammar[i];
    if (char === '"' || char === '[') {
      i = endOfQuoted(grammar, i, char === '"' ? '"' : ']');
    } else if (char === '#') {
      const newline = grammar.indexOf('\n', i);
      i = newline < 0 ? grammar.length : newline;
    } else if (char === '(') {
      depth += 1;
      if (depth > limits.maxNesting) return `grammar nests groups deeper than ${limits.maxNesting} levels`;
    } else if (char === ')') {
      depth = Math.max(0, depth - 1);
    } else if (char === ':' && grammar.startsWith('::=', i)) {
      rules += 1;
      if (rules > limits.maxRules) return `grammar has more than ${limits.maxRules} rules`;
      i += 2;
    } else if (char === '{') {
      const close = grammar.indexOf('}', i);
      const bounds = (close < 0 ? grammar.slice(i + 1) : grammar.slice(i + 1, close)).split(',').map((part) => part.trim());
      const largest = Math.max(0, ...bounds.map((part) => (/^\d{1,15}$/.test(part) ? Number(part) : 0)));
      if (bounds.some((part) => /^\d{16,}$/.test(part)) || largest > limits.maxRepetition) {
        return `grammar repeats an item more than ${limits.maxRepetition} times`;
      }
      totalRepetition += largest;
      if (totalRepetition > limits.maxTotalRepetition) return `grammar repetitions add up to more than ${limits.maxTotalRepetition}`;
      if (close < 0) break;
      i = close;
    }
  }
  return null;
}

/** Index of the character closing a literal or class opened at `start` (backslash escapes skipped). */
function endOfQuoted(text: string, start: number, closing: '"' | ']'): number {
  for (let i = start + 1; i < text.length; i += 1) {
    if (text[i] === '\\') i += 1;
    else if (text[i] === closing) return i;
  }
  return text.length;
}
