#!/usr/bin/env node
// Runs tools/terms/import-terminology.ts through tools/run-ts.mjs (esbuild bundle, then node).
// usage: node tools/terms/import-terminology.mjs <kind> <files...> --out <overlay.json>
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
process.argv.splice(2, 0, join(here, 'import-terminology.ts'));
await import('../run-ts.mjs');
