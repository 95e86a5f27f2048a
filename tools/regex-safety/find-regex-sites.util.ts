import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/** A place in the source that creates a regular expression. */
export interface RegexSite {
  /** Workspace-relative path and 1-based line, e.g. `libs/audit/src/lib/deid/regex-scan.util.ts:12`. */
  readonly location: string;
  readonly file: string;
  readonly line: number;
  /** A literal `/…/flags` compiles on its own; `new RegExp(…)` is only known once its module has run. */
  readonly kind: 'literal' | 'constructor';
  /** Set for literals only. */
  readonly regex?: RegExp;
}

const SKIPPED = /(?:\.spec|\.integration-spec|\.d)\.ts$/;

function sourceFiles(directory: string, skipFolders: readonly string[]): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) {
      if (!skipFolders.includes(entry.name)) files.push(...sourceFiles(path, skipFolders));
    } else if (entry.name.endsWith('.ts') && !SKIPPED.test(entry.name)) {
      files.push(path);
    }
  }
  return files;
}

function literalToRegExp(text: string): RegExp {
  const lastSlash = text.lastIndexOf('/');
  return new RegExp(text.slice(1, lastSlash), text.slice(lastSlash + 1));
}

function isRegExpConstruction(node: ts.Node): boolean {
  return (ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp';
}

/**
 * Every regex literal and `new RegExp(…)` / `RegExp(…)` in the TypeScript sources under the given folders
 * (specs and the named folders skipped), read from the syntax tree so a pattern added tomorrow is found
 * without anyone registering it.
 */
export function findRegexSites(params: { workspaceRoot: string; folders: readonly string[]; skipFolders?: readonly string[] }): {
  files: string[];
  sites: RegexSite[];
} {
  const { workspaceRoot, folders, skipFolders = [] } = params;
  const files = folders.flatMap((folder) => sourceFiles(join(workspaceRoot, folder), skipFolders));
  const sites: RegexSite[] = [];
  for (const path of files) {
    const file = relative(workspaceRoot, path).split('\\').join('/');
    const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2022, true);
    const visit = (node: ts.Node): void => {
      const literal = node.kind === ts.SyntaxKind.RegularExpressionLiteral;
      if (literal || isRegExpConstruction(node)) {
        const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
        sites.push({
          location: `${file}:${line}`,
          file,
          line,
          kind: literal ? 'literal' : 'constructor',
          ...(literal ? { regex: literalToRegExp(node.getText(source)) } : {}),
        });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { files, sites };
}
