import { ESLint } from 'eslint';
import path from 'node:path';

const workspaceRoot = path.resolve(__dirname, '../..');

async function boundaryViolations(filePath: string, source: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: workspaceRoot });
  const [result] = await eslint.lintText(source, { filePath: path.join(workspaceRoot, filePath) });
  return result.messages.filter((message) => message.ruleId === '@nx/enforce-module-boundaries').map((message) => message.message);
}

describe('module boundaries', () => {
  it('refuses a shared library importing a server library', async () => {
    const violations = await boundaryViolations(
      'libs/clinical-terms/src/index.ts',
      "import { createLocalEngine } from '@medlocal/inference';\nexport const engine = createLocalEngine;\n",
    );
    expect(violations.join('\n')).toMatch(/scope:shared/);
  });

  it('refuses the console importing a server package', async () => {
    const violations = await boundaryViolations('apps/console/src/main.ts', "import { DataSource } from 'typeorm';\nexport const source = DataSource;\n");
    expect(violations.join('\n')).toMatch(/typeorm/);
  });

  it('refuses a library reaching up into an app', async () => {
    const violations = await boundaryViolations('libs/audit/src/index.ts', "export { createMedLocalApp } from '../../../apps/api/src/bootstrap/create-app';\n");
    expect(violations.length).toBeGreaterThan(0);
  });

  it('allows the API to use a shared library', async () => {
    const violations = await boundaryViolations('apps/api/src/main.ts', "import { ConfigurationError } from './config';\nexport { ConfigurationError };\n");
    expect(violations).toEqual([]);
  });
});
