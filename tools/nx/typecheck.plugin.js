// Gives every project a `typecheck` target (tools/ci/typecheck.mjs: tsc --noEmit over its lib,
// app and spec tsconfigs), so a new project is type-checked without anyone remembering to add it.
const { dirname } = require('node:path');

const TYPECHECK_TARGET = {
  command: 'node tools/ci/typecheck.mjs {projectRoot}',
  cache: true,
  inputs: ['default', '^default', '{workspaceRoot}/tsconfig.base.json'],
};

module.exports.createNodesV2 = [
  '**/project.json',
  async (projectFiles) =>
    projectFiles.map((file) => [file, { projects: { [dirname(file)]: { targets: { typecheck: TYPECHECK_TARGET } } } }]),
];
