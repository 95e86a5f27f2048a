import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * The image installs only what dist/apps/api/package.json lists, and Nx writes that file from the packages the bundle
 * imports. A package MedLocal loads by path at run time (the embedded database worker resolves
 * @electric-sql/pglite-socket and hands the worker its file) is invisible to that analysis: it must be listed in
 * apps/api/package.json, which Nx merges in, or the container starts without it.
 */
const WORKSPACE_ROOT = path.resolve(__dirname, '../../../..');
const RESOLVED_BY_PATH = /resolvePackage\(\s*'([^']+)'\s*\)/g;

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((entry) => {
    const file = path.join(folder, entry);
    if (statSync(file).isDirectory()) return sourceFiles(file);
    return /\.ts$/.test(entry) && !/\.spec\.ts$/.test(entry) ? [file] : [];
  });
}

describe('packages the API loads by path at run time', () => {
  it('are listed in apps/api/package.json, so the production install holds them', () => {
    const resolved = new Set<string>();
    for (const folder of ['apps/api/src', 'libs']) {
      for (const file of sourceFiles(path.join(WORKSPACE_ROOT, folder))) {
        for (const match of readFileSync(file, 'utf8').matchAll(RESOLVED_BY_PATH)) resolved.add(match[1] ?? '');
      }
    }
    expect([...resolved]).toContain('@electric-sql/pglite-socket');
    const listed = JSON.parse(readFileSync(path.join(WORKSPACE_ROOT, 'apps/api/package.json'), 'utf8')) as { dependencies?: Record<string, string> };
    const root = JSON.parse(readFileSync(path.join(WORKSPACE_ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    for (const name of resolved) {
      // Imported packages reach the generated file anyway; the check is for the ones only resolved by path.
      if (name === '@electric-sql/pglite') continue;
      expect(listed.dependencies?.[name], `${name} missing from apps/api/package.json`).toBe(root.dependencies[name]);
    }
  });
});
