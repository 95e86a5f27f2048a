import {
  isAtcCode,
  isChinaClinicalIcd10Code,
  isIcd10Code,
  isIcd11StemCode,
  isLoincCode,
  isSnomedConceptId,
  toWhoIcd10Parent,
  verhoeffValid,
} from './code-validators';

describe(isIcd11StemCode.name, () => {
  it.each(['BA41', '5A11', '1B10', '2C25.0', 'BA41.Z', 'BC81.3', 'GB61', '8B11.5Z'])('accepts %s', (code) => {
    expect(isIcd11StemCode(code)).toBe(true);
  });
  it.each(['XA7RE3', 'BA4', 'BI41', 'ba41', 'BA41.', 'BA41.123', 'I21.9', 'BA41&XA7RE3'])('rejects %s', (code) => {
    expect(isIcd11StemCode(code)).toBe(false);
  });
});

describe(isIcd10Code.name, () => {
  it('accepts WHO codes and rejects blocks', () => {
    expect(['I21', 'I21.4', 'E11.9', 'E11.900'].every(isIcd10Code)).toBe(true);
    expect(['A00-A09', 'I', 'I2', 'i21', 'I21.'].some(isIcd10Code)).toBe(false);
  });
});

describe(toWhoIcd10Parent.name, () => {
  it.each([
    ['E11.900', 'E11.9'],
    ['I21.401', 'I21.4'],
    ['A01.000x002', 'A01.0'],
    ['I10.x00x002', 'I10'],
    ['I10', 'I10'],
  ])('%s -> %s', (code, parent) => {
    expect(isChinaClinicalIcd10Code(code)).toBe(true);
    expect(toWhoIcd10Parent(code)).toBe(parent);
  });
  it('returns null for something that is not a code', () => {
    expect(toWhoIcd10Parent('hello')).toBeNull();
  });
});

describe(isSnomedConceptId.name, () => {
  it.each(['22298006', '57054005', '44054006', '38341003', '49436004', '59282003', '709044004', '80891009'])('accepts %s', (id) => {
    expect(isSnomedConceptId(id)).toBe(true);
  });
  it('rejects a wrong check digit, a description partition and a leading zero', () => {
    expect(isSnomedConceptId('22298007')).toBe(false);
    expect(isSnomedConceptId('0022298006')).toBe(false);
    expect(isSnomedConceptId('900000000000003001')).toBe(true);
    // a description id: partition 01
    expect(isSnomedConceptId('2154095012')).toBe(false);
    expect(verhoeffValid('2363')).toBe(true);
    expect(verhoeffValid('1428570')).toBe(true);
    expect(verhoeffValid('1428571')).toBe(false);
  });
});

describe(isLoincCode.name, () => {
  it('checks the mod-10 check digit', () => {
    expect(['2160-0', '4548-4', '2823-3', '6690-2', '33914-3'].every(isLoincCode)).toBe(true);
    expect(isLoincCode('2160-1')).toBe(false);
  });
});

describe(isAtcCode.name, () => {
  it('accepts every ATC level', () => {
    expect(['B', 'B01', 'B01A', 'B01AF', 'B01AF02'].every(isAtcCode)).toBe(true);
    expect(['B01AF2', 'b01af02', 'B01AF021'].some(isAtcCode)).toBe(false);
  });
});
