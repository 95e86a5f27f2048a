import { deidentify } from '../../../index';

const found = (text: string) => deidentify(text, { referenceYear: 2026 }).findings.map((f) => `${f.type}:${text.slice(f.start, f.end)}`);

/** The rules added after blind sets 36 and 37, with what each must leave. */
describe('de-identification rules from blind sets 36 and 37', () => {
  it.each([
    ["Bed 4: Losaline Taufa'ahau Vaipulu, 3 yo, NHI JBX2749.", "name:Losaline Taufa'ahau Vaipulu"],
    ['Handover from Rahama Tipene RN to Leilani Fonoti-Smith RN.', 'name:Leilani Fonoti-Smith'],
    ['Genetic counsellor: Harpreet Sandhu-Gill, 604-875-2000', 'name:Harpreet Sandhu-Gill'],
    ['Parents: Viliami & Ana Vaipulu, staying nearby.', 'name:Viliami'],
    ['Dear Dr. Ó Súilleabháin, thank you for seeing', 'name:Ó Súilleabháin'],
    ['Next of kin: partner Dafydd ap Rhys 07700 900461', 'name:Dafydd ap Rhys'],
    ['Patient: Rogelio Santos dela Cruz, 91 y/o', 'name:Rogelio Santos dela Cruz'],
    ['Review at TTSH Neurology Clinic B, 11 Jalan Tan Tock Seng, Singapore 308433.', 'address:11 Jalan Tan Tock Seng, Singapore 308433'],
    ['Dr Aoife Brennan, Consultant Rheumatologist, IMC 402117', 'license:402117'],
    ['Dispensed by Mei-Ling Chow, R.Ph. (OCP #612345)', 'license:612345'],
    ['Yours sincerely, Dr Sione Fifita (MCNZ 45821)', 'license:45821'],
    ['Worker: Kerry-Ann Docherty, SSSC 1209543', 'license:1209543'],
    ['Pharmacist: Goh Swee Lin (SPC reg. P09876I)', 'license:P09876I'],
    ['Dr Chinedu Williams, Senior Registrar (MDCN/R/87234)', 'license:MDCN/R/87234'],
    ['Dr Anil Kulkarni (MMC Reg. No. 2009/04/1187)', 'license:2009/04/1187'],
    ['Hospital Kuala Lumpur — Medical Ward 5 census', 'organization:Hospital Kuala Lumpur'],
    ['年齡／性別：90／男 主訴：發燒', 'age:90'],
    ['Name: Rosa Hernandez Age/Sex: 93/F', 'age:93'],
    ['建议至辽宁省职业病防治院进一步诊断', 'organization:辽宁省职业病防治院'],
    ['長庚紀念醫院林口院區 檢驗報告', 'organization:長庚紀念醫院林口院區'],
    ['Ysbyty Gwynedd, Bangor', 'organization:Ysbyty Gwynedd'],
    ['Ysbyty Gwynedd, Bangor', 'address:Bangor'],
    ['Call the daughter (+63 2 8723 0101 loc. 5512).', 'phone:+63 2 8723 0101 loc. 5512'],
    ['Dr Sione Fifita, ph 07 856 2244', 'phone:07 856 2244'],
    ['Parents staying at Ronald McDonald House, 0275 661 204.', 'phone:0275 661 204'],
  ])('takes %s', (text, expected) => {
    expect(found(text)).toContain(expected);
  });

  it.each([
    ["The patient's wife called back.", "patient's"],
    ['Parents: Both well, no consanguinity.', 'Both'],
    ['Blood group O Negative, antibody screen clear', 'O Negative'],
    ['Dr Aoife Brennan reviewed (BNP 1200 ng/L, CK 4500)', '1200'],
    ['Dr Aoife Brennan reviewed (BNP 1200 ng/L, CK 4500)', '4500'],
    ['Mr John Hughes (NYHA 3, EF 35%)', 'NYHA 3'],
    ['LOC 5 min, GCS 15 on arrival', 'LOC 5'],
    ['转本院东院区继续治疗', '东院区'],
    ['Hospital admission planned for Monday', 'Hospital admission'],
  ])('leaves %s', (text, kept) => {
    const result = deidentify(text, { referenceYear: 2026 });
    const at = text.indexOf(kept);
    expect(result.findings.filter((f) => f.start < at + kept.length && f.end > at)).toEqual([]);
  });
});
