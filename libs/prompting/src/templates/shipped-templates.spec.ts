import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHIPPED_TEMPLATE_SOURCES } from './shipped-templates';

describe('SHIPPED_TEMPLATE_SOURCES', () => {
  const markdownFiles = readdirSync(__dirname)
    .filter((file) => file.endsWith('.md'))
    .sort();

  it('holds exactly the .md files in this folder', () => {
    expect(Object.keys(SHIPPED_TEMPLATE_SOURCES).sort()).toEqual(markdownFiles);
    expect(markdownFiles).toEqual(['clinical-system.en.md', 'clinical-system.zh.md']);
  });

  it.each(markdownFiles)('matches %s byte for byte (rerun scripts/generate-shipped-templates.mjs if not)', (file) => {
    const sut = SHIPPED_TEMPLATE_SOURCES[file];
    expect(Buffer.from(sut ?? '', 'utf8').equals(readFileSync(join(__dirname, file)))).toBe(true);
  });
});
