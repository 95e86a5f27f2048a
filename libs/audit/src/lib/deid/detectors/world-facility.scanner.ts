import type { Detection } from '../deid.types';
import { scanLastGroup } from '../regex-scan.util';

/**
 * Hospitals named as most languages name them, the kind of place first (English "Hospital X" only before a Spanish or
 * Portuguese word; English names put the kind last, which the organisation detector reads) and the name after it: "Hospital Universitario
 * La Paz", "Hospital das Clínicas da FMUSP", "Hôpital Saint-Louis", "Szpital Bielański im. ks. Jerzego Popiełuszki",
 * "Rumah Sakit Cipto Mangunkusumo", "RSUPN Dr. Cipto Mangunkusumo", "Bệnh viện Bạch Mai", "Klinikum rechts der Isar", Malay
 * "Hospital Kuala Lumpur", "Hospital Sultanah Aminah" and Welsh "Ysbyty Gwynedd";
 * and Korean hospitals and clinics, whose kind closes the word (서울아산병원, 연세내과의원).
 */
const KIND_FIRST = String.raw`(?:Ysbyty|Hospital(?=\s(?:Universitario|Universitário|Universitari|General\s+de|Geral|Regional\s+de|Infantil|Materno|Clínico|Clinico|de|del|das|da|do|dos|San|Santa|Santo|São|Nacional|Militar|Central\s+de|Civil|Ángeles|Angeles)\b)|Hôpital|Hopital|Ospedale|Szpital|Klinikum|Universitätsklinikum|Uniklinik|Universitair\s+Medisch\s+Centrum|Ziekenhuis|Krankenhaus|Centre\s+Hospitalier(?:\s+Universitaire)?|Centro\s+Hospitalar|Complejo\s+Hospitalario|Policl[ií]nico|Cl[ií]nica|Rumah\s+Sakit(?:\s+Umum)?|RSUPN|RSUP|RSUD|RSIA|Bệnh\s+viện|Hastanesi)`;
/** A word of a hospital's name: capitalised (accents included), in capitals, or an honorific or particle inside it. */
const NAME_WORD = String.raw`(?:\p{Lu}[\p{L}'’.-]*|Dr\.|im\.|ks\.|św\.|de|del|de\s+la|das|da|do|dos|di|della|der|des|du|van|von|y|e|rechts|links)(?![\p{L}])`;
const WORLD_HOSPITAL = new RegExp(String.raw`(?<![\p{L}])(${KIND_FIRST}(?:[ \t]${NAME_WORD}){1,7})`, 'gu');
/** The particles may not close the name ("Hospital General de" before a line break is "Hospital General"). */
const PARTICLES = new Set(['de', 'del', 'la', 'das', 'da', 'do', 'dos', 'di', 'della', 'der', 'des', 'du', 'van', 'von', 'y', 'e', 'im.', 'ks.', 'św.', 'Dr.']);

/** Drops particles from the end, word by word (a pattern anchored at the end would be quadratic on "de de de …"). */
function withoutTrailingParticles(value: string): string {
  const words = value.split(/([ \t]+)/);
  while (words.length > 2 && PARTICLES.has(words[words.length - 1] ?? '')) words.splice(-2, 2);
  return words.join('');
}
/** The kind alone, or followed by words that name a department, not a hospital ("Hospital Day", "Klinikum für"). */
const NOT_A_NAME = /^\S+(?:\s(?:Day|Admission|Discharge|Stay|Visit|Records?))?$/u;

/** "King Faisal Specialist Hospital & Research Centre", "Hong Kong Sanatorium & Hospital": two parts joined by &. */
const JOINED_FACILITY = new RegExp(
  String.raw`(?<![\p{L}])((?:\p{Lu}[\p{L}'’-]*[ \t]){1,5}(?:Hospital|Sanatorium|Clinic|Infirmary)[ \t]&[ \t](?:\p{Lu}[\p{L}'’-]*[ \t]){0,3}(?:Centre|Center|Institute|Hospital))(?![\p{L}])`,
  'gu',
);

/** Malaysia's public clinics, the kind first and the town after, with the clinic's number there: "Klinik Kesihatan Seremban 2". */
const MALAY_CLINIC = /(?<![\p{L}])(Klinik[ \t]+(?:Kesihatan|Desa|Komuniti|Pergigian)(?:[ \t]\p{Lu}[\p{L}'’-]*){1,4}(?:[ \t]\d{1,2}(?![\d\p{L}]))?)/gu;

const KOREAN_HOSPITAL = /(?<![가-힣])([가-힣]{2,12}(?:대학교병원|병원|의원|의료원|보건소))(?![가-힣])/g;
/** Words for any hospital, not one: 대학병원 (a university hospital), 종합병원, 요양병원, 동네의원. */
const KOREAN_KIND_ONLY = /^(?:대학|종합|요양|동네|개인|상급종합|전문|정신|한방|치과|소아|이)?(?:대학교병원|병원|의원|의료원|보건소)$/;

export function scanWorldFacilities(text: string, detections: Detection[], priority: number): void {
  if (
    /Hospital|Ysbyty|Hôpital|Hopital|Ospedale|Szpital|Klinik|Ziekenhuis|Krankenhaus|Centre|Centro|Complejo|Polic|Cl[ií]nica|Rumah|RSU|RSIA|Bệnh|Hastanesi|Universit/u.test(
      text,
    )
  ) {
    WORLD_HOSPITAL.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = WORLD_HOSPITAL.exec(text)) !== null) {
      const value = withoutTrailingParticles(match[1] ?? '');
      if (NOT_A_NAME.test(value)) continue;
      detections.push({ type: 'organization', start: match.index, end: match.index + value.length, priority });
    }
  }
  detections.push(...scanLastGroup({ text, regex: MALAY_CLINIC, type: 'organization', priority, needsAny: ['Klinik '] }));
  if (text.includes(' & ')) {
    JOINED_FACILITY.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = JOINED_FACILITY.exec(text)) !== null) {
      const value = match[1] ?? '';
      detections.push({ type: 'organization', start: match.index, end: match.index + value.length, priority });
    }
  }
  if (/[가-힣](?:병원|의원|의료원|보건소)/.test(text)) {
    KOREAN_HOSPITAL.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = KOREAN_HOSPITAL.exec(text)) !== null) {
      const value = match[1] ?? '';
      if (KOREAN_KIND_ONLY.test(value)) continue;
      detections.push({ type: 'organization', start: match.index, end: match.index + value.length, priority });
    }
  }
}
