import {
  computeLuhnCheckDigit,
  computeResidentIdCheckChar,
  isValidCalendarDate,
  isValidFinnishHenkilotunnus,
  isValidNorwegianFodselsnummer,
  isValidResidentId15,
  isValidResidentId18,
  isValidSwedishPersonnummer,
  passesLuhn,
} from './check-digits.util';

describe('GB 11643-1999 resident ID check', () => {
  it('computes the ISO 7064 MOD 11-2 check character', () => {
    // 1*7+1*9+0*10+1*5+0*8+5*4+1*2+9*1+4*6+9*3+1*7+2*9+3*10+1*5+0*8+0*4+2*2 = 167; 167 mod 11 = 2 -> 'X'
    expect(computeResidentIdCheckChar('11010519491231002')).toBe('X');
    expect(computeResidentIdCheckChar('44030619850712341')).toBe('7');
    expect(computeResidentIdCheckChar('31011519720305102')).toBe('2');
  });

  it('accepts valid IDs, upper or lower case X', () => {
    expect(isValidResidentId18('11010519491231002X')).toBe(true);
    expect(isValidResidentId18('11010519491231002x')).toBe(true);
    expect(isValidResidentId18('440306198507123417')).toBe(true);
  });

  it('rejects a wrong check digit, an impossible birth date and wrong lengths', () => {
    expect(isValidResidentId18('440306198507123418')).toBe(false);
    expect(isValidResidentId18('440306198502303411')).toBe(false); // 30 February
    expect(isValidResidentId18('44030619850712341')).toBe(false);
    expect(isValidResidentId18('123456789012345678')).toBe(false);
  });

  it('accepts 15-digit legacy IDs only with a real YYMMDD birth date', () => {
    expect(isValidResidentId15('320583661115004')).toBe(true);
    expect(isValidResidentId15('320583661315004')).toBe(false); // month 13
    expect(isValidResidentId15('000583661115004')).toBe(false);
  });
});

describe('Luhn check', () => {
  it('accepts the ISO/IEC 7812 worked example and computed card numbers', () => {
    expect(passesLuhn('79927398713')).toBe(true);
    expect(passesLuhn('4532 0151 1283 0366')).toBe(true);
    expect(passesLuhn('6222021000123456781')).toBe(true);
  });

  it('rejects a single changed digit and computes the missing check digit', () => {
    expect(passesLuhn('79927398714')).toBe(false);
    expect(passesLuhn('6222021000123456782')).toBe(false);
    expect(computeLuhnCheckDigit('7992739871')).toBe('3');
  });
});

describe(isValidCalendarDate.name, () => {
  it('knows leap years', () => {
    expect(isValidCalendarDate(2024, 2, 29)).toBe(true);
    expect(isValidCalendarDate(2023, 2, 29)).toBe(false);
    expect(isValidCalendarDate(1900, 2, 29)).toBe(false);
  });
});

describe('Nordic identity number checks', () => {
  it('checks a Swedish personnummer by Luhn over its last ten digits, the coordination-number day too', () => {
    expect(isValidSwedishPersonnummer('19121212-1212')).toBe(true);
    expect(isValidSwedishPersonnummer('121212-1212')).toBe(true);
    expect(isValidSwedishPersonnummer('1212121212')).toBe(true);
    expect(isValidSwedishPersonnummer('701063-2342')).toBe(true);
    expect(isValidSwedishPersonnummer('121212-1213')).toBe(false);
    expect(isValidSwedishPersonnummer('121312-1212')).toBe(false);
  });

  it('checks both mod-11 digits of a Norwegian fødselsnummer', () => {
    expect(isValidNorwegianFodselsnummer('13097248022')).toBe(true);
    expect(isValidNorwegianFodselsnummer('130972 48022')).toBe(true);
    expect(isValidNorwegianFodselsnummer('13097248023')).toBe(false);
    expect(isValidNorwegianFodselsnummer('13097248032')).toBe(false);
  });

  it('checks the mod-31 character and the date of a Finnish henkilötunnus', () => {
    expect(isValidFinnishHenkilotunnus('131052-308T')).toBe(true);
    expect(isValidFinnishHenkilotunnus('010594Y9032')).toBe(true);
    expect(isValidFinnishHenkilotunnus('131052-308U')).toBe(false);
    expect(isValidFinnishHenkilotunnus('311152-308T')).toBe(false);
  });
});
