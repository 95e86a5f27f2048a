#!/usr/bin/env node
// Checks MedLocal's condition dictionary (libs/clinical-terms/src/data/conditions/*.json)
// against WHO's ICD-11 MMS simple tabulation, the ICD-10 code format and the SNOMED CT
// Verhoeff check digit, and finds duplicate ids and synonyms that point at two concepts.
// The WHO files are reference data outside the repository (../shared/reference); without
// them the ICD-11 check is skipped with a notice, the other checks still run.
//
// Usage: node tools/terms/check-condition-codes-b.mjs [--titles] [--tabulation <path>]
//   --titles  print every ICD-11 code with its WHO title next to our English name, so a
//             reviewer can eyeball that the category really means the concept.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const conditionsDir = join(repoRoot, 'libs/clinical-terms/src/data/conditions');
const args = process.argv.slice(2);
const printTitles = args.includes('--titles');
const tabulationArg = args.indexOf('--tabulation');
const tabulationPath =
  tabulationArg >= 0
    ? resolve(args[tabulationArg + 1])
    : resolve(repoRoot, '../shared/reference/who-icd11-2024-01/SimpleTabulation-ICD-11-MMS-en.txt');

const ICD10_FORMAT = /^[A-Z][0-9]{2}(\.[0-9A-Z]{1,4})?$/;
const SNOMED_FORMAT = /^[1-9][0-9]{5,17}$/;

// Verhoeff tables (dihedral group D5): multiplication, permutation, inverse.
const VERHOEFF_D = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
  [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
  [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
  [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const VERHOEFF_P = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
  [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
  [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
  [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];

/** True when the whole digit string (check digit last) passes Verhoeff. */
export function passesVerhoeff(digits) {
  let check = 0;
  const reversed = [...digits].reverse();
  for (let i = 0; i < reversed.length; i++) {
    check = VERHOEFF_D[check][VERHOEFF_P[i % 8][Number(reversed[i])]];
  }
  return check === 0;
}

function loadTabulation(path) {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const [header, ...rows] = text.split(/\r?\n/);
  const columns = header.split('\t');
  const codeAt = columns.indexOf('Code');
  const titleAt = columns.indexOf('Title');
  const kindAt = columns.indexOf('ClassKind');
  if (codeAt < 0 || titleAt < 0 || kindAt < 0) {
    throw new Error(`tabulation ${path} lacks Code/Title/ClassKind columns`);
  }
  const byCode = new Map();
  for (const row of rows) {
    const cells = row.split('\t');
    const code = cells[codeAt];
    if (!code) continue;
    const title = (cells[titleAt] ?? '').replace(/^"|"$/g, '').replace(/^(- )+/, '');
    byCode.set(code, { title, kind: cells[kindAt] });
  }
  return byCode;
}

function loadConditionFiles() {
  return readdirSync(conditionsDir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ name, data: JSON.parse(readFileSync(join(conditionsDir, name), 'utf8')) }));
}

const problems = [];
const files = loadConditionFiles();
const tabulation = existsSync(tabulationPath) ? loadTabulation(tabulationPath) : null;
if (!tabulation) {
  console.warn(`ICD-11 check skipped: WHO tabulation not found at ${tabulationPath}`);
}

const conceptFileById = new Map();
const conceptIdsByTerm = new Map();
const counts = [];

for (const { name, data } of files) {
  const concepts = Array.isArray(data.concepts) ? data.concepts : [];
  if (data.department !== name.replace(/\.json$/, '')) {
    problems.push(`${name}: department "${data.department}" does not match the file name`);
  }
  let withIcd11 = 0;
  let withIcd10 = 0;
  let withSnomed = 0;
  for (const concept of concepts) {
    const where = `${name} ${concept.id}`;
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(concept.id ?? '')) problems.push(`${where}: id is not kebab-case`);
    if (conceptFileById.has(concept.id)) {
      problems.push(`${where}: duplicate id (also in ${conceptFileById.get(concept.id)})`);
    }
    conceptFileById.set(concept.id, name);
    if (!concept.zh || !concept.en) problems.push(`${where}: zh and en names are required`);

    if (concept.icd11 != null) {
      withIcd11++;
      if (tabulation) {
        const entry = tabulation.get(concept.icd11);
        if (!entry) problems.push(`${where}: ICD-11 ${concept.icd11} is not in the MMS tabulation`);
        else if (entry.kind !== 'category') {
          problems.push(`${where}: ICD-11 ${concept.icd11} is a ${entry.kind}, not a category`);
        } else if (printTitles) {
          console.log(`${concept.icd11.padEnd(8)} ${entry.title}  <=  ${concept.en}  [${name}]`);
        }
      }
    }
    if (concept.icd10 != null) {
      withIcd10++;
      if (!ICD10_FORMAT.test(concept.icd10)) problems.push(`${where}: ICD-10 "${concept.icd10}" is malformed`);
    }
    if (concept.snomed != null) {
      withSnomed++;
      const id = String(concept.snomed);
      if (!SNOMED_FORMAT.test(id) || !passesVerhoeff(id)) {
        problems.push(`${where}: SNOMED CT id ${id} fails the Verhoeff check`);
      }
    }

    const terms = [concept.zh, concept.en, ...(concept.zhSynonyms ?? []), ...(concept.enSynonyms ?? []), ...(concept.abbreviations ?? [])];
    for (const term of new Set(terms.filter(Boolean).map((t) => t.trim().toLowerCase()))) {
      const owners = conceptIdsByTerm.get(term) ?? new Set();
      owners.add(concept.id);
      conceptIdsByTerm.set(term, owners);
    }
  }
  counts.push(`${data.department}: ${concepts.length} concepts, icd11 ${withIcd11}, icd10 ${withIcd10}, snomed ${withSnomed}`);
}

for (const [term, owners] of conceptIdsByTerm) {
  if (owners.size > 1) problems.push(`term "${term}" maps to several concepts: ${[...owners].join(', ')}`);
}

console.log(counts.join('\n'));
if (problems.length > 0) {
  console.error(`\n${problems.length} problem(s):\n${problems.join('\n')}`);
  process.exit(1);
}
console.log('condition codes: all checks passed');
