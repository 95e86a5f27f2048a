import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixtureDictionary } from '../testing/fixture-dictionary';
import { importHospitalIcd10Table, assertNotSpreadsheet } from './hospital-icd10-table.importer';
import { importIcd10ToIcd11Map } from './icd10-to-icd11-map.importer';
import { importIcd11Tabulation } from './icd11-tabulation.importer';
import { TerminologyImportError } from './import.error';
import { importSnomedRf2 } from './snomed-rf2.importer';
import { combineOverlays, mergeOverlay } from './terminology-overlay';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'medlocal-terms-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes a fixture file in the vendor's format and reads it back as an import would. */
function roundTrip(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content, 'utf8');
  return readFileSync(path, 'utf8');
}

const TAB = '\t';
const tabulationHeader = [
  'Foundation URI',
  'Linearization URI',
  'Code',
  'BlockId',
  'Title',
  'ClassKind',
  'DepthInKind',
  'IsResidual',
  'ChapterNo',
  'BrowserLink',
  'isLeaf',
  'Primary tabulation',
  'Grouping1',
  'Grouping2',
  'Grouping3',
  'Grouping4',
  'Grouping5',
  'Version:2024 Jan 21 - 22:30 UTC',
].join(TAB);
function tabulationRow(code: string, block: string, title: string, kind: string): string {
  return [
    'http://id.who.int/icd/entity/1',
    'http://id.who.int/icd/release/11/mms/1',
    code,
    block,
    `"${title}"`,
    kind,
    '1',
    'False',
    '11',
    '"=hyperlink(""https://icd.who.int/browse11"",""browser"")"',
    'True',
    'True',
    '',
    '',
    '',
    '',
    '',
  ].join(TAB);
}

describe(importIcd11Tabulation.name, () => {
  it('reads codes and titles by column name, strips BOM, quotes and depth dashes, skips blocks', () => {
    const text = roundTrip(
      'SimpleTabulation-ICD-11-MMS-zh.txt',
      '\uFEFF' +
        [
          tabulationHeader,
          tabulationRow('', 'BlockL1-BA4', '- 缺血性心脏病', 'block'),
          tabulationRow('BA41', '', '- - - 急性心肌梗死', 'category'),
          tabulationRow('5A11', '', '- - - 2型糖尿病', 'category'),
          tabulationRow('XA7RE3', '', '- 某扩展码', 'category'),
        ].join('\r\n') +
        '\r\n',
    );
    const sut = importIcd11Tabulation({ text, language: 'zh' });
    expect(sut.overlay.icd11Titles).toEqual({ BA41: '急性心肌梗死', '5A11': '2型糖尿病' });
    expect(sut.accepted).toBe(2);
    expect(sut.rejected).toEqual([]);
  });

  it('names a missing column', () => {
    expect(() => importIcd11Tabulation({ text: 'Foo\tBar\nx\ty\n', language: 'en' })).toThrow(/Code/);
  });
});

describe(importIcd10ToIcd11Map.name, () => {
  const header = [
    '10ClassKind',
    '10DepthInKind',
    'icd10Code',
    'icd10Chapter',
    'icd10Title',
    '11ClassKind',
    '11DepthInKind',
    'ICD-11 FoundationURI',
    'Linearization (releaseURI)',
    'icd11Code',
    'icd11Chapter',
    'icd11Title',
    '2024-Jan-21',
  ].join(TAB);
  const row = (kind10: string, code10: string, title10: string, code11: string, title11: string) =>
    [
      kind10,
      '1',
      code10,
      'IX',
      title10,
      'category',
      '1',
      'http://id.who.int/icd/entity/1',
      'http://id.who.int/icd/release/11/2024-01/mms/1',
      code11,
      '11',
      title11,
      '',
    ].join(TAB);

  it('gives WHO ICD-10 titles and stem-code mappings; blocks and clusters are not mappings', () => {
    const text = roundTrip(
      '10To11MapToOneCategory.txt',
      [
        header,
        row('block', 'I20-I25', 'Ischaemic heart diseases', '', 'Ischaemic heart diseases'),
        row('category', 'I21', 'Acute myocardial infarction', 'BA41', 'Acute myocardial infarction'),
        row('category', 'I48', 'Atrial fibrillation and flutter', 'BC81.3', 'Atrial fibrillation'),
        row('category', 'I26.9', 'Pulmonary embolism without mention of acute cor pulmonale', 'BB00.Z&XA1234', 'Pulmonary thromboembolism'),
      ].join('\n'),
    );
    const sut = importIcd10ToIcd11Map({ text });
    expect(sut.overlay.icd10ToIcd11).toEqual({ I21: 'BA41', I48: 'BC81.3' });
    expect(sut.overlay.icd10Titles).toMatchObject({ I21: 'Acute myocardial infarction', 'I26.9': expect.stringContaining('Pulmonary embolism') });
    expect(sut.overlay.icd10Titles).not.toHaveProperty('I20-I25');
  });
});

describe(importSnomedRf2.name, () => {
  const concepts = [
    'id\teffectiveTime\tactive\tmoduleId\tdefinitionStatusId',
    '22298006\t20020131\t1\t900000000000207008\t900000000000074008',
    '57054005\t20020131\t0\t900000000000207008\t900000000000074008',
  ].join('\r\n');
  const descriptions = [
    'id\teffectiveTime\tactive\tmoduleId\tconceptId\tlanguageCode\ttypeId\tterm\tcaseSignificanceId',
    '751689013\t20170731\t1\t900000000000207008\t22298006\ten\t900000000000003001\tMyocardial infarction (disorder)\t900000000000448009',
    '37436014\t20170731\t1\t900000000000207008\t22298006\ten\t900000000000013009\tMyocardial infarction\t900000000000448009',
    '37443015\t20170731\t1\t900000000000207008\t22298006\ten\t900000000000013009\tHeart attack\t900000000000448009',
    '1234567011\t20170731\t0\t900000000000207008\t22298006\ten\t900000000000013009\tRetired wording\t900000000000448009',
    '94914010\t20170731\t1\t900000000000207008\t57054005\ten\t900000000000013009\tAcute MI\t900000000000448009',
  ].join('\r\n');
  const refset = [
    'id\teffectiveTime\tactive\tmoduleId\trefsetId\treferencedComponentId\tacceptabilityId',
    'a1\t20170731\t1\t900000000000207008\t900000000000509007\t37436014\t900000000000548007',
    'a2\t20170731\t1\t900000000000207008\t900000000000509007\t37443015\t900000000000549004',
    'a3\t20170731\t1\t900000000000207008\t900000000000509007\t751689013\t900000000000548007',
  ].join('\r\n');

  it('takes the preferred synonym of active concepts from active rows', () => {
    const sut = importSnomedRf2({
      concepts: roundTrip('sct2_Concept_Snapshot_INT_20240101.txt', concepts),
      descriptions: roundTrip('sct2_Description_Snapshot-en_INT_20240101.txt', descriptions),
      languageRefset: roundTrip('der2_cRefset_LanguageSnapshot-en_INT_20240101.txt', refset),
      languageRefsetId: '900000000000509007',
    });
    expect(sut.overlay.snomedTerms).toEqual({ '22298006': 'Myocardial infarction' });
  });

  it('falls back to the fully specified name when no synonym is preferred', () => {
    const sut = importSnomedRf2({
      concepts,
      descriptions,
      languageRefset: refset
        .split('\r\n')
        .filter((line) => !line.startsWith('a1'))
        .join('\n'),
    });
    expect(sut.overlay.snomedTerms).toEqual({ '22298006': 'Myocardial infarction (disorder)' });
  });
});

describe(importHospitalIcd10Table.name, () => {
  it('reads a 国家临床版 CSV with BOM and Chinese headers, keeping extended codes', () => {
    const text = roundTrip(
      'gb-clinical-2.0.csv',
      '\uFEFF编码,名称\r\nI21.401,急性广泛前壁心肌梗死\r\nE11.900,2型糖尿病\r\n"I10.x00x002","高血压1级"\r\nnot-a-code,坏行\r\n',
    );
    const sut = importHospitalIcd10Table({ text });
    expect(sut.overlay.icd10Titles).toEqual({ 'I21.401': '急性广泛前壁心肌梗死', 'E11.900': '2型糖尿病', 'I10.x00x002': '高血压1级' });
    expect(sut.rejected).toEqual([{ line: 5, reason: '"not-a-code" is not an ICD-10 code' }]);
  });

  it('reads English headers without BOM and quoted names with commas', () => {
    const sut = importHospitalIcd10Table({ text: 'code,name\nI48,"Atrial fibrillation, unspecified"\n' });
    expect(sut.overlay.icd10Titles).toEqual({ I48: 'Atrial fibrillation, unspecified' });
  });

  it('refuses an XLSX workbook with instructions to export CSV', () => {
    expect(() => assertNotSpreadsheet(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14]))).toThrow(TerminologyImportError);
    expect(() => assertNotSpreadsheet(new Uint8Array([0x50, 0x4b, 0x03, 0x04]))).toThrow(/CSV/);
    expect(() => assertNotSpreadsheet(new TextEncoder().encode('编码,名称'))).not.toThrow();
  });
});

describe(mergeOverlay.name, () => {
  it('adds titles and terms, reports replaced text and mapping disagreements, never changes codes', () => {
    const dictionary = fixtureDictionary();
    const overlay = combineOverlays([
      { sources: ['a'], icd11Titles: { BA41: '急性心肌梗死' }, icd10Titles: { I48: 'Atrial fibrillation and flutter' } },
      { sources: ['b'], snomedTerms: { '57054005': 'Acute myocardial infarction' }, icd10ToIcd11: { I48: 'BC81.Z', 'I21.9': 'BA41.Z', 'I26.9': 'BB01' } },
    ]);
    const { dictionary: merged, collisions } = mergeOverlay(dictionary, overlay);
    expect(merged.icd11Titles.titles['BA41']).toBe('急性心肌梗死');
    expect(merged.icd10Titles['I48']).toBe('Atrial fibrillation and flutter');
    expect(merged.snomedTerms['57054005']).toBe('Acute myocardial infarction');
    expect(collisions).toEqual([
      { table: 'icd11Titles', code: 'BA41', existing: 'Acute myocardial infarction', incoming: '急性心肌梗死' },
      { table: 'icd10ToIcd11', code: 'I48', existing: 'BC81.3', incoming: 'BC81.Z', conceptId: 'atrial-fibrillation' },
      { table: 'icd10ToIcd11', code: 'I26.9', existing: 'BB00', incoming: 'BB01', conceptId: 'pulmonary-embolism' },
    ]);
    expect(merged.conditions.find((concept) => concept.id === 'acute-myocardial-infarction')?.icd11).toBe('BA41');
    expect(dictionary.icd10Titles).toEqual({});
  });
});
