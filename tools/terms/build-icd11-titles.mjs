#!/usr/bin/env node
// Writes libs/clinical-terms/src/data/who-icd11-titles.json: the WHO English title of every
// ICD-11 code the shipped condition files use, taken verbatim from the MMS simple tabulation
// (CC BY-ND 3.0 IGO allows verbatim redistribution with attribution; titles must not be altered).
//
// usage: node tools/terms/build-icd11-titles.mjs [path/to/SimpleTabulation-ICD-11-MMS-en.txt]
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// The tabulation is tab-separated, UTF-8 with BOM, columns named in row 1 (parsed by name),
// titles quoted with "- " depth prefixes.

/** Splits one tab-separated line, honouring double quotes ("" inside quotes is a quote). */
function splitTabbedLine(line) {
  const cells = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"' && cell === '') quoted = true;
    else if (char === '\t') {
      cells.push(cell);
      cell = '';
    } else cell += char;
  }
  cells.push(cell);
  return cells;
}

/** Title without the "- - " depth dashes. */
function cleanTitle(raw) {
  return raw.replace(/^(?:-\s+)+/, '').trim();
}

/** Map code -> title for every coded row. */
function readTabulationTitles(text) {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = splitTabbedLine(lines[0]).map((name) => name.trim());
  const codeColumn = header.indexOf('Code');
  const titleColumn = header.indexOf('Title');
  if (codeColumn < 0 || titleColumn < 0) throw new Error('tabulation header lacks Code or Title column');
  const titles = new Map();
  for (const line of lines.slice(1)) {
    if (line.trim() === '') continue;
    const cells = splitTabbedLine(line);
    const code = (cells[codeColumn] ?? '').trim();
    if (code !== '') titles.set(code, cleanTitle(cells[titleColumn] ?? ''));
  }
  return titles;
}

const workspaceRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dataDir = join(workspaceRoot, 'libs/clinical-terms/src/data');
const tabulationPath = process.argv[2] ?? resolve(workspaceRoot, '../shared/reference/who-icd11-2024-01/SimpleTabulation-ICD-11-MMS-en.txt');

const conditionDir = join(dataDir, 'conditions');
const codes = new Set();
for (const file of readdirSync(conditionDir)
  .filter((name) => name.endsWith('.json'))
  .sort()) {
  const { concepts } = JSON.parse(readFileSync(join(conditionDir, file), 'utf8'));
  for (const concept of concepts) if (concept.icd11) codes.add(concept.icd11);
}

const tabulation = readTabulationTitles(readFileSync(tabulationPath, 'utf8'));
const titles = {};
const missing = [];
for (const code of [...codes].sort()) {
  const title = tabulation.get(code);
  if (title === undefined) missing.push(code);
  else titles[code] = title;
}

const output = {
  release: '2024-01',
  source: 'WHO ICD-11 MMS simple tabulation, CC BY-ND 3.0 IGO',
  titles,
};
writeFileSync(join(dataDir, 'who-icd11-titles.json'), `${JSON.stringify(output, null, 2)}\n`);
console.log(`who-icd11-titles.json: ${Object.keys(titles).length} titles for ${codes.size} shipped codes`);
if (missing.length > 0) {
  console.error(`not in the tabulation (check these codes): ${missing.join(', ')}`);
  process.exitCode = 1;
}
