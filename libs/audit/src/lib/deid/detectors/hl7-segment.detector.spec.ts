import { deidentify } from '../../../index';
import { hl7SegmentDetector } from './hl7-segment.detector';

const found = (text: string) => hl7SegmentDetector.detect(text, { referenceYear: 2026 }).map((d) => [d.type, text.slice(d.start, d.end)]);

const ADT =
  'MSH|^~\\&|EPIC|NYCHHC-LINCOLN|||20260119T0412||ADT^A04|88172635|P|2.5.1\n' +
  'PID|1||4418276^^^LHC^MR~129-48-7730^^^SSA^SS||OKONKWO^CHIDINMA^A||19890530|F|||1180 GRAND CONCOURSE APT 4D^^BRONX^NY^10456||(718)555-0147^PRN^PH~^NET^Internet^chidi.okonkwo89@gmail.com|||||129-48-7730\n' +
  'NK1|1|OKONKWO^EMEKA|BRO|22 PARK AVE^^YONKERS^NY^10701|(347)555-0192\n' +
  // PV1-i is the i-th piece: the visit number is PV1-19, the admission time PV1-44.
  [
    'PV1',
    '1',
    'E',
    'ED^HALL^07',
    '',
    '',
    '',
    '1107^LI^WENJUAN',
    ...Array<string>(11).fill(''),
    'V00912377',
    ...Array<string>(24).fill(''),
    '20260119041200',
  ].join('|');

describe('hl7SegmentDetector', () => {
  it('reads the patient, next-of-kin and visit segments of an ADT message field by field', () => {
    expect(found(ADT)).toEqual(
      expect.arrayContaining([
        ['organization', 'NYCHHC-LINCOLN'],
        ['date', '0119T0412'],
        ['mrn', '4418276'],
        ['organization', 'LHC'],
        ['social-security', '129-48-7730'],
        // PID-18, the patient's account number, holds the same number here.
        ['account', '129-48-7730'],
        // A name's components are one span, carets included.
        ['name', 'OKONKWO^CHIDINMA^A'],
        ['date', '0530'],
        ['address', '1180 GRAND CONCOURSE APT 4D'],
        ['address', 'BRONX'],
        ['address', '10456'],
        ['phone', '(718)555-0147'],
        ['email', 'chidi.okonkwo89@gmail.com'],
        ['name', 'OKONKWO^EMEKA'],
        ['address', '22 PARK AVE'],
        ['address', 'YONKERS'],
        ['phone', '(347)555-0192'],
        ['bed', 'HALL^07'],
        ['other-id', '1107'],
        ['name', 'LI^WENJUAN'],
        ['other-id', 'V00912377'],
        ['date', '0119041200'],
      ]),
    );
  });

  it('leaves the state, the sex, the message type and the coding of the fields', () => {
    const values = found(ADT).map(([, value]) => value);
    // The Social Security Administration assigns everyone's number: it names no one's hospital.
    for (const kept of ['NY', 'F', 'ADT^A04', 'MR', 'SS', 'SSA', 'BRO', 'PRN', '2.5.1', 'E']) expect(values).not.toContain(kept);
  });

  it('reads Chinese names and addresses the same way, and a birth date over 89 years back whole', () => {
    const text =
      'MSH|^~\\&|HIS|HZXRMYY|LIS|HZXRMYY|20260311083015||ADT^A01|MSG000918273|P|2.4\n' +
      'PID|1||HZ00582716^^^HZXRMYY^MR||祁^永寿||19320718|M|||互助县威远镇北街42号^^海东市^青海省^810500||0972-8325716';
    expect(found(text)).toEqual(
      expect.arrayContaining([
        ['name', '祁^永寿'],
        ['date', '19320718'],
        ['address', '互助县威远镇北街42号'],
        ['address', '海东市'],
        ['address', '810500'],
        ['phone', '0972-8325716'],
      ]),
    );
    expect(found(text).map(([, value]) => value)).not.toContain('青海省');
  });

  it('finds nothing in text that only mentions segment names or uses pipes', () => {
    expect(found('PID and PV1 segments are mapped by the interface engine.')).toEqual([]);
    expect(found('| Bed | Name |\n|---|---|\n| 12 | PID|x |')).toEqual([]);
  });

  it('leaves no name, address or number of the message in the de-identified text', () => {
    const { text } = deidentify(ADT, { referenceYear: 2026 });
    for (const leaked of ['OKONKWO', 'CHIDINMA', 'EMEKA', 'GRAND CONCOURSE', 'BRONX', 'YONKERS', '10456', '4418276', 'WENJUAN', 'V00912377']) {
      expect(text).not.toContain(leaked);
    }
  });
});

describe('hl7SegmentDetector: the operator of the event segment', () => {
  it('reads EVN-5 as an ID and a name', () => {
    const text = 'MSH|^~\\&|EPIC|FAC01|CLOVERLEAF|NYP|202603211430||ADT^A01|MSG00417725|P|2.5.1\nEVN|A01|202603211430|||JSMITH22^SMITH^JOANNE';
    expect(found(text)).toEqual(
      expect.arrayContaining([
        ['other-id', 'JSMITH22'],
        ['name', 'SMITH^JOANNE'],
      ]),
    );
  });
});
