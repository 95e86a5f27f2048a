import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const patchesDir = path.resolve(__dirname, '../../patches');
const patchFiles = readdirSync(patchesDir).filter((name) => name.endsWith('.patch'));

/** The files one patch-package patch touches, with what git said about each (new, binary). */
function patchedFiles(patch: string): { file: string; created: boolean; binary: boolean }[] {
  return patch
    .split(/^(?=diff --git )/m)
    .filter((section) => section.startsWith('diff --git '))
    .map((section) => ({
      file: section.match(/^diff --git a\/(\S+)/)?.[1] ?? '',
      created: /^new file mode/m.test(section),
      binary: /^Binary files /m.test(section),
    }));
}

// patch-package diffs the whole package folder, so an install's own outputs (node-llama-cpp's compiled
// bindings, its build records) slip into a patch made after an install. Applied elsewhere they become empty
// libraries and a record claiming a native build that was never made (the container image applies these patches
// to its production node_modules without compiling anything).
describe('dependency patches', () => {
  it.each(patchFiles)('%s changes only files the published package ships, as text', (name) => {
    const files = patchedFiles(readFileSync(path.join(patchesDir, name), 'utf8'));
    expect(files.length).toBeGreaterThan(0);
    expect(files.filter((entry) => entry.binary || entry.created).map((entry) => entry.file)).toEqual([]);
  });

  it('finds the install outputs in a patch made after a build', () => {
    const patch = [
      'diff --git a/node_modules/x/dist/a.js b/node_modules/x/dist/a.js',
      'index 1..2 100644',
      'diff --git a/node_modules/x/llama/lastBuild.json b/node_modules/x/llama/lastBuild.json',
      'new file mode 100644',
      'diff --git a/node_modules/x/llama/addon.node b/node_modules/x/llama/addon.node',
      'new file mode 100755',
      'Binary files /dev/null and b/node_modules/x/llama/addon.node differ',
    ].join('\n');
    expect(patchedFiles(patch)).toEqual([
      { file: 'node_modules/x/dist/a.js', created: false, binary: false },
      { file: 'node_modules/x/llama/lastBuild.json', created: true, binary: false },
      { file: 'node_modules/x/llama/addon.node', created: true, binary: true },
    ]);
  });
});
