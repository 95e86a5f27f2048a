import type { Token } from 'node-llama-cpp' with { 'resolution-mode': 'import' };

type Detokenize = (tokens: readonly Token[], lastTokens: readonly Token[]) => string;

const MAX_BYTES_PER_CHAR = 4;
const CONTEXT_TOKENS = 4;

/**
 * Turns generated tokens into text deltas. Byte-fallback tokens can split one UTF-8 character
 * over several tokens, so tokens are held while their text ends in an incomplete character.
 */
export class TokenTextDecoder {
  private pending: Token[] = [];
  private recent: Token[] = [];

  constructor(private readonly detokenize: Detokenize) {}

  push(token: Token): string {
    this.pending.push(token);
    const text = this.detokenize(this.pending, this.recent);
    if (text.endsWith('\uFFFD') && this.pending.length < MAX_BYTES_PER_CHAR) return '';
    this.recent = [...this.recent, ...this.pending].slice(-CONTEXT_TOKENS);
    this.pending = [];
    return text;
  }

  flush(): string {
    if (this.pending.length === 0) return '';
    const text = this.detokenize(this.pending, this.recent);
    this.pending = [];
    return text;
  }
}
