import { deidentify } from '../deidentifier';
import { dicomHeaderDetector } from './dicom-header.detector';

const found = (text: string) => dicomHeaderDetector.detect(text).map((d) => `${d.type}:${text.slice(d.start, d.end)}`);

describe('DICOM header dumps', () => {
  it('reads a dcmdump listing by tag: names by component and script, the patient ID, address, serial and study numbers', () => {
    const dump = [
      '(0008,0020) DA [20250911]                  #   8, 1 StudyDate',
      '(0008,0050) SH [MR250911-0417]             #  14, 1 AccessionNumber',
      '(0008,0080) LO [泉州市第一医院]              #  14, 1 InstitutionName',
      '(0008,0090) PN [LIN^HAIBO^^Dr]             #  14, 1 ReferringPhysicianName',
      '(0010,0010) PN [HUANG^MEIFANG=黄^美芳]      #  20, 1 PatientName',
      '(0010,0020) LO [QZ4471203]                 #  10, 1 PatientID',
      '(0010,0040) CS [F]                         #   2, 1 PatientSex',
      '(0010,1010) AS [093Y]                      #   4, 1 PatientAge',
      '(0010,1040) LO [丰泽区东湖街 21 号]          #  24, 1 PatientAddress',
      '(0018,1000) LO [SN-77120]                  #   8, 1 DeviceSerialNumber',
      '(0020,000d) UI [1.2.840.113619.2.55.3.4417] #  26, 1 StudyInstanceUID',
      '(0018,0050) DS [1.25]                      #   4, 1 SliceThickness',
    ].join('\n');
    expect(found(dump)).toEqual([
      'date:20250911',
      'other-id:MR250911-0417',
      'organization:泉州市第一医院',
      'name:LIN',
      'name:HAIBO',
      'name:HUANG',
      'name:MEIFANG',
      'name:黄',
      'name:美芳',
      'mrn:QZ4471203',
      'age:093Y',
      'address:丰泽区东湖街 21 号',
      'device:SN-77120',
      'other-id:1.2.840.113619.2.55.3.4417',
    ]);
  });

  it("reads pydicom's listing, with keywords and quoted values", () => {
    const dump = [
      "(0008, 0090) Referring Physician's Name          PN: 'OKELLO^PATRICK'",
      "(0010, 0010) Patient's Name                      PN: 'NAKATO^SARAH^ANN'",
      "(0010, 0030) Patient's Birth Date                DA: '19580214'",
      "(0010, 1010) Patient's Age                       AS: '067Y'",
      '(0028, 0010) Rows                                US: 512',
    ].join('\n');
    expect(found(dump)).toEqual(['name:OKELLO', 'name:PATRICK', 'name:NAKATO', 'name:SARAH', 'name:ANN', 'date:19580214']);
  });

  it('keeps an age of 89 or under, the sex, the description and measurements', () => {
    const dump = '(0010,1010) AS [067Y]   # PatientAge\n(0008,1030) LO [CT HEAD WITHOUT CONTRAST]   # StudyDescription\n(0018,0050) DS [5]';
    expect(found(dump)).toEqual([]);
  });

  it('finds nothing in clinical text that cites a tag in passing', () => {
    expect(found('The scanner wrote the dose into tag (0018,9345) as CTDIvol 12.4 mGy.')).toEqual([]);
  });

  it('leaves nothing of the identifiers of a dump through the deidentifier', () => {
    const dump = "(0010, 0010) Patient's Name                      PN: 'MWANSA^BWALYA'\n(0010, 0020) Patient ID                          LO: 'UTH-558210'";
    const result = deidentify(dump).text;
    expect(result).not.toContain('MWANSA');
    expect(result).not.toContain('BWALYA');
    expect(result).not.toContain('UTH-558210');
  });
});

/** What an outside attack on the first version found it leaving or taking. */
describe('DICOM header dumps, against an outside attack', () => {
  it("reads dcm4che's dump, pydicom's double quotes, date-times and an element quoted inside a sentence", () => {
    expect(found('1278: (0010,0010) PN #20 [OYUNCHIMEG^BATBAYAR] PatientName')).toEqual(['name:OYUNCHIMEG', 'name:BATBAYAR']);
    expect(found(`(0010, 0010) Patient's Name                      PN: "O'REILLY^SIOBHAN"`)).toEqual(["name:O'REILLY", 'name:SIOBHAN']);
    expect(found('(0008,002a) DT [20260312093015.000000]  # AcquisitionDateTime')).toEqual(['date:20260312093015.000000']);
    expect(found('The header shows (0010,0010) PN [PARATA^HONE] and no accession.')).toEqual(['name:PARATA', 'name:HONE']);
  });

  it('takes no name where an anonymiser wrote a placeholder or a phantom is scanned, and no date of the equipment', () => {
    expect(found('(0010,0010) PN [ANONYMIZED]\n(0010,0010) PN [匿名]\n(0010,0010) PN [Anonymized^Anonymized]')).toEqual([]);
    expect(found('(0010,0010) PN [PHANTOM^CATPHAN600]\n(0010,0020) LO [QA-CT-01]\n(0008,0080) LO [质控模体]')).toEqual([]);
    expect(found('(0018,1200) DA [20260115]   # DateOfLastCalibration')).toEqual([]);
  });
});
