import { deidentify } from '../deidentifier';
import { fhirResourceDetector } from './fhir-resource.detector';

const found = (text: string) => fhirResourceDetector.detect(text).map((d) => `${d.type}:${text.slice(d.start, d.end)}`);

describe('FHIR resources pasted as JSON', () => {
  const patient =
    '{"resourceType":"Patient","id":"qz-pt-0417","identifier":[{"system":"http://example.cn/mrn","value":"QZ-88213"}],' +
    '"name":[{"use":"official","text":"郑丽娟","family":"郑","given":["丽娟"]}],"gender":"female","birthDate":"1956-02-14",' +
    '"address":[{"line":["鲤城区中山路 118 号 3 栋 502"],"city":"泉州市","state":"福建省","postalCode":"362000"}],' +
    '"contact":[{"relationship":[{"text":"女儿"}],"name":{"text":"陈雅婷"}}],"managingOrganization":{"display":"泉州市第一医院"}}';

  it('reads names, the address, the birth date, the identifiers and the organisation by element', () => {
    expect(found(patient)).toEqual([
      'name:郑丽娟',
      'name:郑',
      'name:丽娟',
      'name:陈雅婷',
      'address:鲤城区中山路 118 号 3 栋 502',
      'address:泉州市',
      'address:362000',
      'organization:泉州市第一医院',
      'date:1956-02-14',
      'other-id:qz-pt-0417',
      'other-id:QZ-88213',
    ]);
  });

  it('reads an English bundle: given names in an array, a practitioner and a payor by display', () => {
    const bundle =
      '{"resourceType":"Bundle","entry":[{"resource":{"resourceType":"Patient","name":[{"family":"Tsosie","given":["Irene","Kay"]}]}},' +
      '{"resource":{"resourceType":"Coverage","subscriberId":"B7714402","payor":[{"display":"Mercy Care Plan"}]}},' +
      '{"resource":{"resourceType":"Encounter","participant":[{"individual":{"display":"Dr. Ada Nez"}}]}}]}';
    expect(found(bundle)).toEqual(['name:Tsosie', 'name:Irene', 'name:Kay', 'name:Dr. Ada Nez', 'organization:Mercy Care Plan', 'other-id:B7714402']);
  });

  it('reads a person reference by its id and its display, and leaves references to laboratories and products alone', () => {
    const observation =
      '{"resourceType":"Observation","subject":{"reference":"Patient/pt-5521","display":"Huang Meiling"},' +
      '"performer":[{"reference":"Organization/lab1","display":"Clinical Chemistry Laboratory"}],"device":{"display":"Analyser 3"}}';
    expect(found(observation)).toEqual(['other-id:pt-5521', 'name:Huang Meiling']);
    expect(found('{"resourceType":"Medication","identifier":[{"system":"http://hl7.org/fhir/sid/ndc","value":"0069-3150-83"}]}')).toEqual([]);
  });

  it('keeps codes, relationships, gender, states and text outside a resource', () => {
    expect(found('{"resourceType":"Observation","code":{"text":"Troponin I","coding":[{"system":"http://loinc.org","code":"10839-9"}]}}')).toEqual([]);
    expect(found('"name":{"text":"not a resource"}')).toEqual([]);
  });

  it('leaves nothing of the resource identifiers through the deidentifier', () => {
    const result = deidentify(patient).text;
    for (const value of ['郑丽娟', '丽娟', '陈雅婷', '鲤城区中山路', '362000', 'QZ-88213', 'qz-pt-0417']) expect(result).not.toContain(value);
    expect(result).toContain('"gender":"female"');
  });
});
