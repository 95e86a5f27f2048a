import { organizationDetector } from './organization.detector';

const organisations = (text: string) =>
  organizationDetector
    .detect(text)
    .filter((d) => d.type === 'organization')
    .map((d) => text.slice(d.start, d.end));

describe('hospitals named kind first, as most languages name them', () => {
  it.each([
    ['Hospital Universitario La Paz – Servicio de Endocrinología', 'Hospital Universitario La Paz'],
    ['Hospital das Clínicas da FMUSP – InCor', 'Hospital das Clínicas da FMUSP'],
    ['Hospital General de México Dr. Eduardo Liceaga – Servicio', 'Hospital General de México Dr. Eduardo Liceaga'],
    ['Szpital Bielański im. ks. Jerzego Popiełuszki – Oddział', 'Szpital Bielański im. ks. Jerzego Popiełuszki'],
    ['RSUPN Dr. Cipto Mangunkusumo – RESUME MEDIS', 'RSUPN Dr. Cipto Mangunkusumo'],
    ['Bệnh viện Bạch Mai – Trung tâm', 'Bệnh viện Bạch Mai'],
    ['Klinikum rechts der Isar, München', 'Klinikum rechts der Isar'],
    ['King Faisal Specialist Hospital & Research Centre, Riyadh', 'King Faisal Specialist Hospital & Research Centre'],
    ['서울아산병원 신경과 경과기록', '서울아산병원'],
  ])('finds %s', (text, expected) => {
    expect(organisations(text)).toContain(expected);
  });

  it.each([['Hospital Day 3, Hospital Pharmacy closed'], ['Klinikum für Innere Medizin'], ['대학병원 전원 고려, 요양병원 상담']])('leaves %s alone', (text) => {
    expect(organisations(text)).toEqual([]);
  });
});
