import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const script = path.join(__dirname, 'check-condition-codes.mjs');
const whoReferenceDir = path.resolve(__dirname, '../../../shared/reference/who-icd11-2024-01');

const MAP_HEADER = ['10ClassKind', '10DepthInKind', 'icd10Code', 'icd10Chapter', 'icd10Title', 'icd11Code'].join('\t');
// Rows as WHO's 10To11MapToOneCategory.txt spells them (only the columns the checker reads).
const WHO_ROWS = [
  ['category', '1', 'E11', 'IV', 'Type 2 diabetes mellitus', '5A11'],
  ['modifiedcategory', '2', 'E11.9', 'IV', 'Type 2 diabetes mellitus without complications', '5A11'],
  ['category', '1', 'I10', 'IX', 'Essential (primary) hypertension', 'BA00.Z'],
  ['category', '1', 'G90', 'VI', 'Disorders of autonomic nervous system', ''],
  ['category', '2', 'G90.8', 'VI', 'Other disorders of autonomic nervous system', '8D8Y'],
];

interface Concept {
  readonly id: string;
  readonly icd10: string | null;
  readonly icd10CategoryLevel?: unknown;
}

function concept({ id, icd10, icd10CategoryLevel }: Concept) {
  return {
    id,
    zh: `术语${id}`,
    en: `Term ${id}`,
    zhSynonyms: [],
    enSynonyms: [],
    abbreviations: [],
    icd11: null,
    icd10,
    snomed: null,
    ...(icd10CategoryLevel === undefined ? {} : { icd10CategoryLevel }),
  };
}

let workDir: string;

function runChecker(concepts: readonly Concept[], { withReference = true } = {}) {
  const conditionsDir = path.join(workDir, 'conditions');
  const referenceDir = path.join(workDir, 'reference');
  mkdirSync(conditionsDir, { recursive: true });
  writeFileSync(path.join(conditionsDir, 'fixture.json'), JSON.stringify({ department: 'fixture', concepts: concepts.map(concept) }));
  if (withReference) {
    mkdirSync(referenceDir, { recursive: true });
    const rows = [MAP_HEADER, ...WHO_ROWS.map((row) => row.join('\t'))].join('\r\n');
    writeFileSync(path.join(referenceDir, '10To11MapToOneCategory.txt'), `\uFEFF${rows}\r\n`);
  }
  return runScript(['--conditions', conditionsDir, '--reference', referenceDir]);
}

function runScript(args: readonly string[]) {
  const result = spawnSync(process.execPath, [script, ...args], { encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('check-condition-codes ICD-10 level', () => {
  beforeEach(() => {
    workDir = mkdtempSync(path.join(tmpdir(), 'condition-codes-'));
  });
  afterEach(() => {
    rmSync(workDir, { recursive: true, force: true });
  });

  it('accepts a four-character code and a category WHO does not subdivide', () => {
    const sut = runChecker([
      { id: 'type-2-diabetes', icd10: 'E11.9' },
      { id: 'hypertension', icd10: 'I10' },
    ]);
    expect(sut.output).toContain('no problems found');
    expect(sut.status).toBe(0);
  });

  it('refuses a three-character category that WHO subdivides, naming its subcategories', () => {
    const sut = runChecker([{ id: 'type-2-diabetes', icd10: 'E11' }]);
    expect(sut.status).toBe(1);
    expect(sut.output).toMatch(/fixture\/type-2-diabetes: ICD-10 E11 .*subdivide/);
    expect(sut.output).toContain('E11.9');
  });

  it('refuses an ICD-10 code missing from WHO ICD-10', () => {
    const sut = runChecker([{ id: 'multiple-system-atrophy', icd10: 'G90.3' }]);
    expect(sut.status).toBe(1);
    expect(sut.output).toMatch(/fixture\/multiple-system-atrophy: ICD-10 G90\.3 is not in WHO ICD-10/);
  });

  it('accepts a subdivided category marked category-level with a reason', () => {
    const sut = runChecker([{ id: 'type-2-diabetes', icd10: 'E11', icd10CategoryLevel: 'the complication decides the fourth character' }]);
    expect(sut.status).toBe(0);
  });

  it('refuses a category-level mark without a reason, or on a code that needs none', () => {
    const sut = runChecker([
      { id: 'empty-reason', icd10: 'E11', icd10CategoryLevel: ' ' },
      { id: 'four-character', icd10: 'E11.9', icd10CategoryLevel: 'not needed' },
      { id: 'not-subdivided', icd10: 'I10', icd10CategoryLevel: 'not needed' },
    ]);
    expect(sut.status).toBe(1);
    expect(sut.output).toMatch(/fixture\/empty-reason: .*icd10CategoryLevel/);
    expect(sut.output).toMatch(/fixture\/four-character: .*icd10CategoryLevel/);
    expect(sut.output).toMatch(/fixture\/not-subdivided: .*icd10CategoryLevel/);
  });

  it('says so and skips the WHO checks when the reference folder is absent', () => {
    const sut = runChecker([{ id: 'type-2-diabetes', icd10: 'E11' }], { withReference: false });
    expect(sut.output).toMatch(/notice: WHO ICD-10 list not found .*skipped/);
    expect(sut.status).toBe(0);
  });

  it.skipIf(!existsSync(whoReferenceDir))('passes on the shipped condition dictionary (WHO reference folder present)', () => {
    const sut = runScript(['--reference', whoReferenceDir]);
    expect(sut.output).toContain('no problems found');
    expect(sut.status).toBe(0);
  });
});
