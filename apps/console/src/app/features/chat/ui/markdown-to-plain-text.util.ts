import { marked, type Token, type Tokens } from 'marked';

/**
 * Markdown as plain text for pasting where markup would show as symbols (an EMR text box): the
 * markdown library reads the structure, so emphasis marks go and list items and table rows stay apart.
 */
export function markdownToPlainText({ markdown }: { markdown: string }): string {
  return blocks(marked.lexer(markdown, { gfm: true }))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function blocks(tokens: readonly Token[]): string[] {
  return tokens.flatMap((token): string[] => {
    switch (token.type) {
      case 'space':
      case 'hr':
        return [''];
      case 'list':
        return (token as Tokens.List).items.map(
          (item, index) => `${(token as Tokens.List).ordered ? `${index + 1}.` : '-'} ${blocks(item.tokens).join(' ').trim()}`,
        );
      case 'table': {
        const table = token as Tokens.Table;
        return [table.header, ...table.rows].map((row) => row.map((cell) => inline(cell.tokens)).join('\t'));
      }
      case 'code':
        return [(token as Tokens.Code).text];
      case 'html':
        // The page shows no markup tags (the sanitiser drops them), so the copy has none either.
        return [];
      case 'blockquote':
        return blocks((token as Tokens.Blockquote).tokens);
      default: {
        const nested = (token as { tokens?: Token[] }).tokens;
        return [nested ? inline(nested) : ((token as { text?: string }).text ?? token.raw)];
      }
    }
  });
}

function inline(tokens: readonly Token[]): string {
  return tokens
    .map((token) => {
      if (token.type === 'br') return '\n';
      if (token.type === 'html') return '';
      const nested = (token as { tokens?: Token[] }).tokens;
      if (nested) return inline(nested);
      return token.type === 'escape' || token.type === 'text' || token.type === 'codespan' ? decodeEntities((token as { text: string }).text) : token.raw;
    })
    .join('');
}

/** The lexer escapes &, <, > and quotes in text; plain text wants them back. */
function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[name] ?? '');
}
