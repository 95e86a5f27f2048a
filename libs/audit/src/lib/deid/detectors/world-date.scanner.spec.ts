import { resolveOverlaps } from '../span-resolution.util';
import { dateDetector } from './date.detector';

const values = (text: string) => resolveOverlaps(dateDetector.detect(text)).map((d) => text.slice(d.start, d.end));

describe('dates as notes outside the English-speaking world write them', () => {
  it.each([
    ['Hospitalisée du 5 mars 2024 au 18 mars 2024 (chambre 214)', ['5 mars', '18 mars']],
    ['Ingreso: 12 de marzo de 2024. Control el 4 de abril con la Dra.', ['12 de marzo', '4 de abril']],
    ['Internação em 12 de março de 2024', ['12 de março']],
    ['Köln, den 5. März 2024', ['5. März']],
    ['Opname: 5 maart 2024 – ontslag: 22 maart 2024', ['5 maart', '22 maart']],
    ['utskriven på Södersjukhuset den 18 mars.', ['18 mars']],
    ['Tgl masuk: 5 Maret 2024, Tgl keluar: 11 Maret 2024', ['5 Maret', '11 Maret']],
    ['Yatış: 5 Mart 2024', ['5 Mart']],
    ['przyjęty 5 marca 2024 r.', ['5 marca']],
    ['ricoverata il 3 aprile 2024', ['3 aprile']],
    ['Letzte Kontrolle März 2024', ['März']],
    ['경과기록 2024년 3월 5일 환자', ['3월 5일']],
    ['Ra viện: ngày 12 tháng 3 năm 2024', ['ngày 12 tháng 3']],
    ['intervenido el 15-III-2024 por el Dr.', ['15-III']],
    ['DOB: 14/03/1437 H, Visit: 15/08/1445', ['14/03', '15/08']],
    // 6.5.20 also reads as a day, month and two-digit year: the whole goes.
    ['DOB Showa 49.11.3, Date: Reiwa 6.5.20', ['11.3', '6.5.20']],
    ['開單日：113.06.18 報告日：113-06-19', ['06.18', '06-19']],
  ])('redacts the day and month of %s and keeps the year', (text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it.each([
    ['Mars bar and mayonnaise at lunch'],
    ['Mayo Clinic protocol, Ekim class'],
    ['grade III tumour, 2024 staging'],
    ['software 113.06.18 build'],
    ['Mai 2024 blieb sie stabil'],
  ])('leaves %s alone', (text) => {
    expect(values(text)).toEqual([]);
  });

  it('reads a month and day after a past procedure or a day word, and in traditional Chinese before what happened', () => {
    expect(values('incarcerated hernia repaired 20/7, AF on apixaban')).toEqual(['20/7']);
    expect(values('seen at mass general ed yesterday (4/22) for afib')).toEqual(['4/22']);
    expect(values('病歷號6612038，12/3從新竹轉來；骨髓切片排在12/9')).toEqual(['12/3', '12/9']);
    expect(values('[Tumor board] 9/13 提案')).toEqual(['9/13']);
    expect(values('BP 120/70, power 5/5, took 1/2 tab')).toEqual([]);
  });
});
