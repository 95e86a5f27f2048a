export interface UnsafeString {
  /** Where in the value: `displayName`, `messages[2].content`, or the parameter's name. */
  readonly path: string;
  readonly problem: string;
}

// A UTF-16 surrogate without its partner (JSON's `\ud800` escape) is not text in any encoding.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * The first string (value or field name) in a request value that PostgreSQL cannot store as text
 * or that is not Unicode at all. JSON bodies are at most 32 levels deep (create-app), so the
 * recursion is bounded.
 */
export function findUnsafeString(params: { value: unknown; path: string }): UnsafeString | undefined {
  const { value, path } = params;
  if (typeof value === 'string') return problemOf(value) ? { path: path || 'value', problem: problemOf(value) as string } : undefined;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) {
      const found = findUnsafeString({ value: value[index], path: `${path}[${index}]` });
      if (found) return found;
    }
    return undefined;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const keyProblem = problemOf(key);
      if (keyProblem) return { path: path || 'body', problem: `has a field name that ${keyProblem}` };
      const found = findUnsafeString({ value: item, path: path ? `${path}.${key}` : key });
      if (found) return found;
    }
  }
  return undefined;
}

function problemOf(text: string): string | undefined {
  // NUL is the one character PostgreSQL text cannot hold.
  if (text.includes('\u0000')) return 'contains a NUL character';
  if (LONE_SURROGATE.test(text)) return 'is not valid Unicode text (a lone surrogate)';
  return undefined;
}
