/**
 * Values published in documentation, examples and test suites: an attacker tries these first.
 * Compared case-insensitively; add any value that ever appears in a README or example file.
 */
const KNOWN_EXAMPLE_VALUES = new Set(
  [
    'change-me',
    'changeme',
    'a-test-jwt-secret-of-at-least-32-characters!',
    'another-secret-of-at-least-32-characters!!',
    'JBSWY3DPEHPK3PXP',
    'service-key-for-admin-tests-0123456789',
    'service-key-for-access-tests-0123456789',
    'service-key-for-bad-input-tests-0123456789',
    'svc-test-key-0123456789abcdef0123',
    'scrape-token-0123456789abcdef-xyz',
    'bench-api-key-0123456789abcdef',
  ].map((value) => value.toLowerCase()),
);

/**
 * Words that mark a hand-made or placeholder value, found as people write them: lower case, upper case or capitalised
 * (`placeholderWordIn`). Read in any mix of cases, a random 44-character base64 key held "admin" about once in 800,000
 * keys (a 10,000-key check failed on one); in the three written forms, a six-letter word occurs about once in 10^8 keys,
 * and the five-letter "admin" counts only as a word of its own (no letter either side).
 */
const PLACEHOLDER_WORDS = [
  'secret',
  'password',
  'passwd',
  'changeme',
  'change-me',
  'change_me',
  'replace',
  'example',
  'sample',
  'placeholder',
  'default',
  'medlocal',
  'admin',
  'qwerty',
  'letmein',
];

/**
 * Thresholds are far below what random keys reach: over 300,000 random 24-character hex keys
 * (the shortest MedLocal accepts) the fewest distinct characters seen was 7, the lowest
 * per-character entropy 2.5 bits, and the largest share of neighbouring characters one code point
 * apart 0.61.
 */
const MIN_DISTINCT_CHARACTERS = 6;
const MIN_BITS_PER_CHARACTER = 2.0;
const MAX_SEQUENTIAL_SHARE = 0.7;
const MAX_REPEAT_SHARE = 0.75;

/**
 * Why a configured secret is too easy to guess for production, or undefined when it looks random
 * enough. An estimate, not proof of randomness: it refuses what people type (one character
 * repeated, `abcdef…`, `passwordpassword…`, documented examples), never what `openssl rand` makes.
 */
export function secretWeakness(params: { value: string }): string | undefined {
  const value = params.value;
  const lower = value.toLowerCase();
  if (KNOWN_EXAMPLE_VALUES.has(lower)) return 'is a published example value';
  const word = placeholderWordIn(value);
  if (word) return `contains the word "${word}"`;
  const counts = new Map<string, number>();
  for (const character of value) counts.set(character, (counts.get(character) ?? 0) + 1);
  if (counts.size < MIN_DISTINCT_CHARACTERS) return `uses only ${counts.size} distinct character${counts.size === 1 ? '' : 's'}`;
  const length = [...value].length;
  let bitsPerCharacter = 0;
  for (const count of counts.values()) bitsPerCharacter -= (count / length) * Math.log2(count / length);
  if (bitsPerCharacter < MIN_BITS_PER_CHARACTER) return `has an estimated entropy of ${bitsPerCharacter.toFixed(1)} bits per character`;
  if (sequentialShare(value) > MAX_SEQUENTIAL_SHARE) return 'is mostly a run of consecutive characters';
  if (hasRepeatedUnit(value)) return 'repeats a shorter pattern';
  return undefined;
}

const LETTER = /\p{L}/u;
/** Words shorter than this count only with no letter beside them. */
const MIN_WORD_LENGTH_INSIDE_LETTERS = 6;

/** The placeholder word `value` holds as people write one (secret, SECRET, Secret), or undefined. */
function placeholderWordIn(value: string): string | undefined {
  for (const word of PLACEHOLDER_WORDS) {
    for (const form of new Set([word, word.toUpperCase(), word.charAt(0).toUpperCase() + word.slice(1)])) {
      for (let at = value.indexOf(form); at >= 0; at = value.indexOf(form, at + 1)) {
        if (word.length >= MIN_WORD_LENGTH_INSIDE_LETTERS) return word;
        const before = value.charAt(at - 1);
        const after = value.charAt(at + form.length);
        if (!LETTER.test(before) && !LETTER.test(after)) return word;
      }
    }
  }
  return undefined;
}

/** Share of neighbouring characters that are equal or one code point apart (`abcd`, `9876`, `aaaa`). */
function sequentialShare(value: string): number {
  let sequential = 0;
  for (let i = 1; i < value.length; i += 1) if (Math.abs(value.charCodeAt(i) - value.charCodeAt(i - 1)) <= 1) sequential += 1;
  return value.length > 1 ? sequential / (value.length - 1) : 1;
}

/** True when the value is (mostly) one shorter unit written again and again: `abc123abc123…`. */
function hasRepeatedUnit(value: string): boolean {
  for (let period = 1; period <= value.length / 2; period += 1) {
    let same = 0;
    for (let i = period; i < value.length; i += 1) if (value[i] === value[i - period]) same += 1;
    if (same / (value.length - period) >= MAX_REPEAT_SHARE) return true;
  }
  return false;
}

/**
 * One line for each pair of secrets configured with the same value (a JWT secret that is also the
 * audit HMAC key lets whoever learns one forge the other's output). Names the variables, never the value.
 */
export function sharedSecretProblems(secrets: ReadonlyArray<{ readonly name: string; readonly value: string | undefined }>): string[] {
  const firstWith = new Map<string, string>();
  const problems: string[] = [];
  for (const { name, value } of secrets) {
    if (value === undefined || value === '') continue;
    const earlier = firstWith.get(value);
    if (earlier)
      problems.push(
        `Invalid configuration: ${earlier} and ${name} have the same value; every secret needs its own, generate each with "openssl rand -hex 32" (value hidden)`,
      );
    else firstWith.set(value, name);
  }
  return problems;
}
