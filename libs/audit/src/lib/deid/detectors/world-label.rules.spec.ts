import { labelledNumberDetector } from './labelled-number.detector';

const found = (text: string) => labelledNumberDetector.detect(text).map((d) => [d.type, text.slice(d.start, d.end)]);

describe('rooms, beds and registration numbers as notes outside the English- and Chinese-speaking world label them', () => {
  it.each([
    ['Station 4B, Zimmer 412 Diagnosen:', 'bed', '412'],
    ['du 5 mars au 18 mars (chambre 214). Motif', 'bed', '214'],
    ['Alta: 20/03/2024 Habitación 508-2 Diagnóstico', 'bed', '508-2'],
    ['a 19/03/2024, leito 812-B Diagnóstico', 'bed', '812-B'],
    ['Tgl keluar: 11 Maret 2024 Kamar 612 Diagnosis', 'bed', '612'],
    ['do 14.03.2024, sala 7 Rozpoznanie', 'bed', '7'],
    ['afdeling F6-Zuid, kamer 14 Diagnose', 'bed', '14'],
    ['utskriven 2024-03-11, avd N27 sal 3 Diagnos', 'bed', '3'],
    ['Taburcu: 09.03.2024 Oda 412 Tanı', 'bed', '412'],
    ['出院日期：113/03/08 病房：B052 病床：03 住址', 'bed', 'B052'],
    ['Dr LEUNG (MO), MCHK Reg No. M12873', 'license', 'M12873'],
    ['Dr. Macapagal (PRC Lic. 0129873)', 'license', '0129873'],
    ['Dr Neha Sharma (CPSO #98765)', 'license', '98765'],
    ['Dr E. Amayo. KMPDC reg A8821.', 'license', 'A8821'],
    ['Registrar (MDCN Folio MDCN/R/48291) c.eze@luth.gov.ng', 'license', 'MDCN/R/48291'],
    ['lek. Agnieszka Kowalczyk (PWZ 3948571); Ordynator', 'license', '3948571'],
    ['dr. Rudy Hidayat, Sp.PD-KR (STR 3121100220145678)', 'license', '3121100220145678'],
    ['Dr. Rafael Valdez Ortiz, Céd. Prof. 4418273', 'license', '4418273'],
    ['Doç. Dr. Gül Aydın, diploma tescil no 84219', 'license', '84219'],
    ['Prof. Gamal Esmat (Syndicate no. 214837)', 'license', '214837'],
    ['Dr. Abdullah Al-Jefri, SCFHS 09-R-M-0013847', 'license', '09-R-M-0013847'],
    ['Dr. Priya Deshmukh, MD DM (Reg. No. MMC 2009/04/1234)', 'license', 'MMC 2009/04/1234'],
    ['Fernandes – CRM-SP 98.765', 'license', '98.765'],
    ['작성: 전공의 박서연 (면허번호 128473)', 'license', '128473'],
    ['院舍主管：鄧少芬 註冊護士（RN 145872）', 'license', '145872'],
    ['醫師證書：醫字第034512號 日期', 'license', '醫字第034512號'],
    ['醫檢師：洪淑惠（證號 醫檢字第007731號）', 'license', '醫檢字第007731號'],
  ])('finds the identifier in %s', (text, type, value) => {
    expect(found(text)).toContainEqual([type, value]);
  });

  it.each([
    ['Ward 7B 3 beds free tonight; Station 4 handover at 19:00'],
    ['sala de operaciones, habitación individual, Zimmer 2-3 Tage'],
    ['STR analysis pending; Reg. No. pending; RN on duty'],
    ['CPSO guidance 2023; PWZ 2024'],
  ])('leaves %s alone', (text) => {
    expect(found(text)).toEqual([]);
  });
});
