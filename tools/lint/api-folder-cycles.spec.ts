import path from 'node:path';
import { describeCycles, folderEdgesOf, folderOf, foldersInCycles, relativeImportsOf, type FolderEdge } from './folder-import-graph';

const apiSource = path.resolve(__dirname, '../../apps/api/src');

const edge = (from: string, to: string): FolderEdge => ({ from, to, file: `${from}/${from}.module.ts` });

describe('API folder import graph', () => {
  it('has no cycle between the folders of apps/api/src', () => {
    const edges = folderEdgesOf(apiSource);

    expect(edges.length).toBeGreaterThan(20);
    expect(describeCycles(edges)).toEqual([]);
  });

  it('reads the arrows the sources make', () => {
    const edges = folderEdgesOf(apiSource);

    expect(edges).toContainEqual(expect.objectContaining({ from: 'app', to: 'chat' }));
    expect(edges).toContainEqual(expect.objectContaining({ from: 'chat', to: 'common/errors' }));
  });
});

describe(foldersInCycles.name, () => {
  it('finds a cycle through three folders and leaves the folders outside it', () => {
    const sut = foldersInCycles([edge('app', 'chat'), edge('chat', 'audit'), edge('audit', 'status'), edge('status', 'chat'), edge('audit', 'common/access')]);

    expect(sut).toEqual([['audit', 'chat', 'status']]);
  });

  it('finds two folders that import each other', () => {
    expect(foldersInCycles([edge('health', 'status'), edge('status', 'health')])).toEqual([['health', 'status']]);
  });

  it('finds none in a layered graph', () => {
    expect(foldersInCycles([edge('app', 'chat'), edge('app', 'audit'), edge('chat', 'audit'), edge('audit', 'common/access')])).toEqual([]);
  });

  it('names every arrow inside a cycle with its file', () => {
    expect(describeCycles([edge('health', 'status'), edge('status', 'health'), edge('status', 'database')])).toEqual([
      'cycle: health, status',
      '  health -> status   (health/health.module.ts)',
      '  status -> health   (status/status.module.ts)',
    ]);
  });
});

describe(folderOf.name, () => {
  const sourceRoot = '/repo/apps/api/src';

  it('takes the first folder, each folder of common on its own, root files together', () => {
    expect(folderOf({ sourceRoot, filePath: '/repo/apps/api/src/chat/drain/in-flight-questions.ts' })).toBe('chat');
    expect(folderOf({ sourceRoot, filePath: '/repo/apps/api/src/common/access/principal' })).toBe('common/access');
    expect(folderOf({ sourceRoot, filePath: '/repo/apps/api/src/common/errors' })).toBe('common/errors');
    expect(folderOf({ sourceRoot, filePath: '/repo/apps/api/src/main.ts' })).toBe('(root)');
    expect(folderOf({ sourceRoot, filePath: '/repo/apps/api/src/config' })).toBe('config');
    expect(folderOf({ sourceRoot, filePath: '/repo/libs/audit/src/index.ts' })).toBeNull();
  });
});

describe(relativeImportsOf.name, () => {
  it('reads static, re-exported, side-effect and dynamic relative imports, not packages', () => {
    const source = [
      "import { ChatModule } from '../chat/chat.module';",
      "import type { Principal } from '../common/access/principal';",
      "export { AuditModule } from './audit.module';",
      "import '../bootstrap/polyfills';",
      "const lazy = await import('../batches/batches.module');",
      "import { Module } from '@nestjs/common';",
      "import { APP_CONFIG } from '..';",
    ].join('\n');

    expect(relativeImportsOf(source)).toEqual([
      '../chat/chat.module',
      '../common/access/principal',
      './audit.module',
      '../bootstrap/polyfills',
      '../batches/batches.module',
      '..',
    ]);
  });
});
