import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** One folder importing another, with a file that makes the arrow (the first one found). */
export interface FolderEdge {
  readonly from: string;
  readonly to: string;
  readonly file: string;
}

/** Relative import specifiers: `from '…'`, `import '…'` and `import('…')`. */
const RELATIVE_IMPORT = /(?:\bfrom|\bimport)\s*\(?\s*['"](\.{1,2}\/[^'"]*|\.{1,2})['"]/g;

/**
 * The folder a path belongs to: the first folder under the source root, except that each folder of
 * `common/` stands alone (they are shared pieces, not one module). Files at the root are `(root)`;
 * paths outside the root have none.
 */
export function folderOf({ sourceRoot, filePath }: { sourceRoot: string; filePath: string }): string | null {
  const relative = path.relative(sourceRoot, filePath);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return null;
  const parts = relative.split(path.sep);
  if (parts.length === 1) return /\.[cm]?ts$/.test(parts[0]) ? '(root)' : parts[0];
  if (parts[0] === 'common') return `common/${parts[1].replace(/\.[cm]?ts$/, '')}`;
  return parts[0];
}

/** The relative imports a TypeScript source names, in order. */
export function relativeImportsOf(source: string): string[] {
  return [...source.matchAll(RELATIVE_IMPORT)].map((match) => match[1]);
}

function productionSources(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const entryPath = path.join(directory, entry.name);
    if (entry.isDirectory()) return productionSources(entryPath);
    const isSource = entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts');
    const isTest = /\.(spec|integration-spec)\.ts$/.test(entry.name);
    return isSource && !isTest ? [entryPath] : [];
  });
}

/** Every arrow between folders of `sourceRoot` that its production sources (tests aside) make. */
export function folderEdgesOf(sourceRoot: string): FolderEdge[] {
  const edges = new Map<string, FolderEdge>();
  for (const file of productionSources(sourceRoot).sort()) {
    const from = folderOf({ sourceRoot, filePath: file });
    for (const specifier of relativeImportsOf(readFileSync(file, 'utf8'))) {
      const to = folderOf({ sourceRoot, filePath: path.resolve(path.dirname(file), specifier) });
      if (from === null || to === null || to === from) continue;
      const key = `${from}\u0000${to}`;
      if (!edges.has(key)) edges.set(key, { from, to, file: path.relative(sourceRoot, file) });
    }
  }
  return [...edges.values()];
}

/** Groups of folders that reach each other (Tarjan's strongly connected components), single folders left out. */
export function foldersInCycles(edges: readonly FolderEdge[]): string[][] {
  const targets = new Map<string, string[]>();
  for (const { from, to } of edges) {
    targets.set(from, [...(targets.get(from) ?? []), to]);
    if (!targets.has(to)) targets.set(to, []);
  }
  const index = new Map<string, number>();
  const lowLink = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];

  const visit = (folder: string): void => {
    index.set(folder, index.size);
    lowLink.set(folder, index.get(folder) as number);
    stack.push(folder);
    onStack.add(folder);
    for (const target of targets.get(folder) ?? []) {
      if (!index.has(target)) {
        visit(target);
        lowLink.set(folder, Math.min(lowLink.get(folder) as number, lowLink.get(target) as number));
      } else if (onStack.has(target)) {
        lowLink.set(folder, Math.min(lowLink.get(folder) as number, index.get(target) as number));
      }
    }
    if (lowLink.get(folder) !== index.get(folder)) return;
    const component: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop() as string;
      onStack.delete(member);
      component.push(member);
    } while (member !== folder);
    if (component.length > 1) components.push(component.sort());
  };

  for (const folder of [...targets.keys()].sort()) {
    if (!index.has(folder)) visit(folder);
  }
  return components;
}

/** The arrows inside each cycle, one line each with the file that makes it: what to cut. */
export function describeCycles(edges: readonly FolderEdge[]): string[] {
  return foldersInCycles(edges).flatMap((component) => {
    const members = new Set(component);
    const inside = edges.filter((edge) => members.has(edge.from) && members.has(edge.to));
    return [`cycle: ${component.join(', ')}`, ...inside.map((edge) => `  ${edge.from} -> ${edge.to}   (${edge.file})`)];
  });
}
