import { residentIdDetector } from './resident-id.detector';

const values = (text: string) => [...new Set(residentIdDetector.detect(text).map((d) => text.slice(d.start, d.end)))];

describe('residentIdDetector', () => {
  const sut = residentIdDetector;

  it('finds checksum-valid 18-digit and date-valid 15-digit IDs without context', () => {
    expect(values('登记证件440306198507123417。')).toEqual(['440306198507123417']);
    expect(values('old 320583661115004 card')).toEqual(['320583661115004']);
  });

  it('leaves long numbers with a bad check digit alone when nothing says they are IDs', () => {
    expect(sut.detect('条码 440306198507123418 已打印')).toEqual([]);
    expect(sut.detect('copies 123456789012345678')).toEqual([]);
  });

  it('redacts a bad check digit when the text says 身份证 (context wins)', () => {
    expect(values('身份证号：440306198507123418')).toContain('440306198507123418');
  });

  it('never cuts an ID out of a longer digit run', () => {
    expect(sut.detect('94403061985071234171')).toEqual([]);
  });

  it('redacts a grouped ID with a bad check digit when the text says 身份证, every group of it', () => {
    expect(values('身份证 110105 1949 1231 0024 已核对')).toEqual(['110105 1949 1231 0024']);
    expect(values('身份证号：440306-19850712-3418')).toEqual(['440306-19850712-3418']);
    expect(values('ID card 320583 661115 004')).toEqual(['320583 661115 004']);
  });
});

describe('residentIdDetector: national IDs of other countries, by their check digits', () => {
  it('takes a Singapore NRIC/FIN whose check letter holds, and one with any letter after its label', () => {
    expect(values('新加坡病人陈亚九，NRIC S7312345C，家属')).toEqual(['S7312345C']);
    expect(values('Lim Boon Huat（林文发），S6801234A，Hypertension')).toEqual(['S6801234A']);
    expect(values('FIN F1234567N, work permit holder')).toEqual(['F1234567N']);
    expect(values('pt T0211234A and G7654321L')).toEqual(['T0211234A', 'G7654321L']);
    expect(values('NRIC: S1234567A')).toEqual(['S1234567A']);
    expect(values('sample S1234567A')).toEqual([]);
  });

  it('takes a Malaysian MyKad (YYMMDD-PB-####) with a real birth date, and after IC/MyKad without dashes', () => {
    expect(values('MyKad 680914-08-5523，居住在怡保')).toEqual(['680914-08-5523']);
    expect(values('Muhammad Hafiz bin Abdullah, IC 900512-14-5567, transferred')).toEqual(['900512-14-5567']);
    expect(values('(851130-03-5522), G3P2')).toEqual(['851130-03-5522']);
    expect(values('IC no. 851130035522')).toEqual(['851130035522']);
    expect(values('ref 851340-03-5522')).toEqual([]);
  });

  it('takes a Hong Kong ID with its bracketed check digit whole', () => {
    expect(values('身份證號碼K372190(6)，住九龍')).toEqual(['K372190(6)']);
    expect(values('HKID A123456(3), from Queen Mary Hospital')).toEqual(['A123456(3)']);
    expect(values('AB987654(3) and C668668(9) and Z683365(A)')).toEqual(['AB987654(3)', 'C668668(9)', 'Z683365(A)']);
    expect(values('HKID: C668668(2)')).toEqual(['C668668(2)']);
    expect(values('strain C668668(2) isolated')).toEqual([]);
  });

  it('takes a Hong Kong ID written with spaces, its check digit included, bare when the check holds', () => {
    expect(values('Patient A123456 (3) seen today')).toEqual(['A123456 (3)']);
    expect(values('ID A 123456 (3), Tel 9123 4567')).toEqual(['A 123456 (3)']);
    expect(values('doc AB 987654 3 checked')).toEqual(['AB 987654 3']);
    expect(values('HKID A123456 (7)')).toEqual(['A123456 (7)']);
    expect(values('Hong Kong ID card Z 683365 (5) checked')).toEqual(['Z 683365 (5)']);
    expect(values('ID card A123456 (7).')).toEqual(['A123456 (7)']);
    expect(values('身份證：AB 987654 (2)')).toEqual(['AB 987654 (2)']);
    expect(values('sample AB 987654 2 sent')).toEqual([]);
    expect(values('Patient A123456 (7) seen today')).toEqual([]);
  });

  it('takes a Macau resident ID (BIR): the slashed form bare, the bracketed form after its label', () => {
    expect(values('澳门居民身份证：1234567(8)')).toEqual(['1234567(8)']);
    expect(values('BIR 5/123456/7, 電話 6612 3456')).toEqual(['5/123456/7']);
    expect(values('Macau ID 1/234567/8')).toEqual(['1/234567/8']);
    expect(values('澳门身份证号码 7123456（1）')).toEqual(['7123456（1）']);
    expect(values('持 1/234567/8 入境')).toEqual(['1/234567/8']);
    expect(values('BIR: 1234567(8)')).toEqual(['1234567(8)']);
    expect(values('lot 1234567(8) used')).toEqual([]);
    expect(values('ratio 2/123456/7 noted')).toEqual([]);
  });

  it('takes an Aadhaar number (4-4-4) whole after its label, and bare only when its Verhoeff check holds', () => {
    expect(values('Aadhaar 4821 7702 6613 provided by Meera')).toEqual(['4821 7702 6613']);
    expect(values('UID 2345 6789 0124 on file')).toEqual(['2345 6789 0124']);
    expect(values('number 9999 1111 2221 verified')).toEqual(['9999 1111 2221']);
    expect(values('number 9999 1111 2222 verified')).toEqual([]);
    expect(values('Aadhaar no. 234567890124')).toEqual(['234567890124']);
  });

  it('takes an Indian PAN by its shape (five letters, four digits, a letter; the fourth letter says who holds it)', () => {
    expect(values('ID card ABCPK1234F (PAN) used for billing')).toEqual(['ABCPK1234F']);
    expect(values('PAN: BNZPM2501F')).toEqual(['BNZPM2501F']);
    expect(values('pan card AAACB1234C of the firm')).toEqual(['AAACB1234C']);
    expect(values('gene ABCDE1234F and HLA-B27, CD4 1234')).toEqual([]);
  });
});

describe('residentIdDetector: Nordic identity numbers, by their check digits', () => {
  it('takes a Swedish personnummer or coordination number whose Luhn digit holds, in the short or the twelve-digit form', () => {
    expect(values('Pat. Karin Berg, pnr 850709-9805, inlagd 3/2')).toEqual(['850709-9805']);
    expect(values('patient 19121212-1212 admitted with sepsis')).toEqual(['19121212-1212']);
    expect(values('samordningsnummer 701063-2342')).toEqual(['701063-2342']);
    expect(values('born 1946, 460327+1232 (over 100? no: typo)')).toEqual(['460327+1232']);
    expect(values('specimen 850709-9806 sent')).toEqual([]);
  });

  it('takes any Swedish or Danish number of that shape after its label, the separator left out too', () => {
    expect(values('Personnummer: 8507099806')).toEqual(['8507099806']);
    expect(values('CPR-nr. 070761-4285, indlagt')).toEqual(['070761-4285']);
    expect(values('CPR 0707614285')).toEqual(['0707614285']);
    expect(values('CPR 320761-4285')).toEqual([]);
  });

  it('takes a Norwegian fødselsnummer whose two check digits hold, grouped or not', () => {
    expect(values('Pasient 13097248022 innlagt')).toEqual(['13097248022']);
    expect(values('f.nr. 130972 48022')).toEqual(['130972 48022']);
    expect(values('fødselsnummer 13097248023')).toEqual(['13097248023']);
    expect(values('lab 13097248023 run')).toEqual([]);
  });

  it('takes a Finnish henkilötunnus whose check character holds, with any of its century signs', () => {
    expect(values('Potilas 131052-308T, tulotila')).toEqual(['131052-308T']);
    expect(values('hetu 010594Y9032')).toEqual(['010594Y9032']);
    expect(values('koodi 131052-308U')).toEqual([]);
    expect(values('HETU: 131052-308U')).toEqual(['131052-308U']);
  });
});

describe('residentIdDetector: other national and health numbers precise enough without a label', () => {
  it.each([
    ['Giulia De Luca, born 12/08/1987, C.F. DLCGLI87M52F205O', 'DLCGLI87M52F205O'],
    ['codice fiscale RSSMRA85T10A562S, tessera', 'RSSMRA85T10A562S'],
    ['| KJH4724 | Wiremu Te Rangi |', 'KJH4724'],
    ['NHI ZZZ0016 on the label', 'ZZZ0016'],
    ['DNI 28.473.916    CUIL 27-28473916-2', '27-28473916-2'],
    ['Patient: Nomvula Dlamini    ID no: 9007140412087    Folder no', '9007140412087'],
    ['RFC: HERG840217QK3', 'HERG840217QK3'],
    ['Ghana Card: GHA-712038465-3    NHIS', 'GHA-712038465-3'],
    ['nic 198872600341 (old 887260341V). husband', '887260341V'],
  ])('takes the number in %s', (text, id) => {
    expect(values(text)).toContain(id);
  });

  it('leaves numbers of those shapes whose check or date fails', () => {
    expect(values('sample RSSMRA85T10A562T queued')).toEqual([]);
    expect(values('kit ZZZ0017 lot')).toEqual([]);
    expect(values('ref 27-28473916-3')).toEqual([]);
    expect(values('barcode 9007140412088')).toEqual([]);
    expect(values('code HERG841317QK3')).toEqual([]);
    expect(values('run 884000341V')).toEqual([]);
  });
});
