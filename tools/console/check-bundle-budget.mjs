#!/usr/bin/env node
// Gzip budget for the built MedLocal console. Angular's own budgets measure raw bytes; hospital
// networks and thin clients feel transferred bytes, so this measures what the browser downloads.
//
//   node tools/console/check-bundle-budget.mjs [browserDir] [--initial-kb=400] [--lazy-kb=150]
//
// Initial = every script, module preload and stylesheet referenced by index.html. Lazy = every
// other .js file (route chunks). Exit code 1 when either budget is exceeded.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const option = (name, fallback) => Number(args.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const browserDir = path.resolve(args.find((arg) => !arg.startsWith('--')) ?? 'dist/apps/console/browser');
const initialLimitKb = option('initial-kb', 400);
const lazyLimitKb = option('lazy-kb', 150);

const gzipKb = (file) => gzipSync(readFileSync(path.join(browserDir, file)), { level: 9 }).length / 1024;
const rawKb = (file) => readFileSync(path.join(browserDir, file)).length / 1024;

const indexHtml = readFileSync(path.join(browserDir, 'index.html'), 'utf8');
const referenced = [...indexHtml.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="([^"]+\.(?:js|css))"/g)].map((match) => match[1].replace(/^\//, ''));
const initial = [...new Set(referenced)];
const lazy = readdirSync(browserDir).filter((file) => file.endsWith('.js') && !initial.includes(file));

const rows = [];
let initialTotal = 0;
for (const file of initial) {
  const kb = gzipKb(file);
  initialTotal += kb;
  rows.push({ kind: 'initial', file, raw: rawKb(file), gzip: kb });
}
const lazyOver = [];
for (const file of lazy) {
  const kb = gzipKb(file);
  rows.push({ kind: 'lazy', file, raw: rawKb(file), gzip: kb });
  if (kb > lazyLimitKb) lazyOver.push(file);
}

const pad = (text, width) => String(text).padEnd(width);
console.log(`${pad('kind', 8)} ${pad('file', 36)} ${pad('raw kB', 10)} gzip kB`);
for (const row of rows.sort((a, b) => a.kind.localeCompare(b.kind) || b.gzip - a.gzip)) {
  console.log(`${pad(row.kind, 8)} ${pad(row.file, 36)} ${pad(row.raw.toFixed(1), 10)} ${row.gzip.toFixed(1)}`);
}
console.log(
  `initial total: ${initialTotal.toFixed(1)} kB gzip (budget ${initialLimitKb} kB); lazy chunks: ${lazy.length} (budget ${lazyLimitKb} kB gzip each)`,
);

let failed = false;
if (initial.length === 0) {
  console.error('No initial chunks found in index.html: is this the built console?');
  failed = true;
}
if (initialTotal > initialLimitKb) {
  console.error(`Initial JS+CSS is ${initialTotal.toFixed(1)} kB gzip, over the ${initialLimitKb} kB budget.`);
  failed = true;
}
for (const file of lazyOver) console.error(`Lazy chunk ${file} is over the ${lazyLimitKb} kB gzip budget.`);
process.exit(failed || lazyOver.length > 0 ? 1 : 0);
