/**
 * Chinese has no spaces, so a short dictionary name can sit inside a longer word that names
 * something else: "哮喘" in 心源性哮喘 (cardiac asthma, a heart-failure sign), "水肿" in 黄斑水肿
 * (macular oedema), "肺炎" in 肺炎链球菌 (an organism), "乙肝" in 乙肝疫苗 (a vaccine). Coding the
 * short name there puts a disease the patient does not have into the profile; no code is better.
 */

/**
 * Longer disease words that contain a shorter dictionary name but are a different disease and
 * have no concept of their own (yet). Matched like terms; the span then yields no concept.
 * A word that gains a concept is simply taken by it (a concept beats a blocker of the same span).
 */
export const LONGER_DISEASE_WORDS: readonly string[] = [
  '心源性哮喘',
  '胆汁性肝硬化',
  '出血热',
  '病毒性出血热',
  '镰状细胞贫血',
  '镰状细胞性贫血',
  '血小板减少性紫癜',
  '血栓性血小板减少性紫癜',
  '黄斑水肿',
  '视乳头水肿',
  '视盘水肿',
  '喉头水肿',
  '喉水肿',
  '血管性水肿',
  '血管神经性水肿',
  '猪流感',
  '副流感',
  // 结膜炎, 青光眼, 咽炎, 鼻窦炎 inside a named subtype that has no concept: no code beats the wrong parent.
  '角结膜炎',
  '继发性青光眼',
  '先天性青光眼',
  '鼻咽炎',
  '真菌性鼻窦炎',
  // A normal variant and a nutritional anaemia, not an arrhythmia or undernutrition.
  '窦性心律失常',
  '营养不良性贫血',
  // Papular urticaria (insect-bite prurigo) is neither a rash NOS nor urticaria EB05.
  '丘疹性荨麻疹',
];

/**
 * Longer words that contain a short drug name and are no drug: 双克 (hydrochlorothiazide) in 双克隆
 * (biclonal, 双克隆丙种球蛋白病). Blocked the same way.
 */
export const LONGER_WORDS_HIDING_A_DRUG: readonly string[] = ['双克隆'];

/**
 * A team, a bleep or a call named after a disease is no diagnosis: "stroke call put out", "seen by the stroke team",
 * 卒中小组. Blocked the same way, on word boundaries.
 */
export const WORDS_NAMING_A_TEAM: readonly string[] = [
  'stroke call',
  'stroke team',
  'stroke nurse',
  'stroke registrar',
  'stroke consultant',
  'stroke bleep',
  'sepsis call',
  'sepsis team',
  '卒中小组',
  '卒中团队',
];

/**
 * A vaccine or a skin test named after a disease or a sign is neither: "COVID vaccine x3", "flu jab given",
 * "hepatitis B vaccination course", 皮试风团 (the wheal of a skin test, not urticaria). Blocked like a team, on word
 * boundaries. Chinese vaccine words (乙肝疫苗, 流感疫苗) are caught by `namesAgentOrTest` below.
 */
const VACCINE_DISEASE_NAMES: readonly string[] = ['COVID', 'COVID-19', 'COVID19', 'flu', 'influenza', 'hepatitis B', 'hep B', 'HBV', 'tetanus', 'measles'];
const VACCINE_WORDS: readonly string[] = ['vaccine', 'vaccines', 'vaccination', 'vaccinations', 'vaccinated', 'booster', 'boosters', 'jab', 'jabs'];
export const WORDS_NAMING_A_VACCINE_OR_TEST: readonly string[] = [
  ...VACCINE_DISEASE_NAMES.flatMap((disease) => VACCINE_WORDS.map((word) => `${disease} ${word}`)),
  '皮试风团',
];

/**
 * What follows a disease name when the word is an organism, a test or a vaccine named after the
 * disease (肺炎链球菌, 结核菌素试验, 乙肝表面抗体, 梅毒螺旋体, 流感疫苗, 破伤风抗毒素), not the disease.
 * Anchored at the end of the name: linear.
 */
const AGENT_OR_TEST_WORDS: readonly string[] = [
  '疫苗',
  '抗毒素',
  '抗体',
  '抗原',
  '表面抗',
  '核心抗',
  'e抗',
  '两对半',
  '五项',
  '三系统',
  '菌素',
  '感染t细胞',
  '病毒抗',
  '病毒dna',
  '病毒rna',
  '病毒载量',
  '杆菌',
  '球菌',
  '弧菌',
  '链球菌',
  '克雷伯',
  '嗜血杆菌',
  '分枝杆菌',
  '螺旋体',
  '衣原体',
  '支原体',
  '原虫',
  '血清学',
];
const AGENT_OR_TEST_AFTER = new RegExp(`^(?:${AGENT_OR_TEST_WORDS.join('|')})`);
/** The characters those words begin with: most names are followed by none of them (hot path). */
const AGENT_OR_TEST_FIRST = new Set(AGENT_OR_TEST_WORDS.map((word) => word.charCodeAt(0)));

/** True when the Chinese name ending at `end` is the first part of an organism, test or vaccine word. */
export function namesAgentOrTest(folded: string, end: number): boolean {
  return AGENT_OR_TEST_FIRST.has(folded.charCodeAt(end)) && AGENT_OR_TEST_AFTER.test(folded.slice(end, end + 6));
}
