import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * Ordinary English words (an-array-of-english-words: ~275,000 lower-case words, no proper nouns), shared by the name,
 * organisation and address rules: a capitalised word that is no English word is more likely a name or a place.
 * Loaded on first use.
 */
let englishWords: ReadonlySet<string> | null = null;

/** The package is a JSON array of lower-case words; CommonJS builds have `require`, ESM bundles and test runners resolve from the working directory. */
function loadEnglishWords(): ReadonlySet<string> {
  const load = typeof require === 'function' ? require : createRequire(join(process.cwd(), 'index.js'));
  return new Set(load('an-array-of-english-words') as readonly string[]);
}
/** Whether a word, lower-cased and with its accents taken off, is an ordinary English word. */
export function isEnglishWord(word: string): boolean {
  englishWords ??= loadEnglishWords();
  const lower = word.toLowerCase();
  if (englishWords.has(lower)) return true;
  return /[^a-z'-]/.test(lower) && englishWords.has(lower.normalize('NFD').replace(/[\u0300-\u036f]/g, ''));
}
