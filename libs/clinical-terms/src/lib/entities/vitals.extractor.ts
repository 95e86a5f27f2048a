import type { NormalisedText } from '../normalise/normalise-text';
import type { ScalarVitalKind, VitalEntity } from './entity.types';
import { entitySpan } from './entity-span.util';

/** Each whitespace run is followed by a word or the value: `\s*` on both sides of an optional word made label + spaces quadratic. */
const JOIN = String.raw`\s*(?:(?:[:=]|为|是|of)\s*)?`;
const NUMBER = String.raw`(\d{1,3}(?:\.\d+)?)`;

const BLOOD_PRESSURE = new RegExp(
  String.raw`(?:(?<![a-z])(?:nibp|sbp\/dbp|bp|b\.p\.)|血压|blood pressure)${JOIN}(\d{2,3})\s*\/\s*(\d{2,3})\s*(?:mmhg|毫米汞柱)?`,
  'gi',
);

/** Words every blood-pressure match contains (after case folding); a text with none of them is not scanned. */
const BLOOD_PRESSURE_WORDS: readonly string[] = ['bp', 'b.p.', '血压', 'blood pressure'];

interface ScalarRule {
  readonly vital: ScalarVitalKind;
  readonly pattern: RegExp;
  /** Every match contains one of these (case-folded): a cheap test that skips the scan when none is written. */
  readonly words: readonly string[];
  readonly unitOf: (written: string | undefined) => string;
  readonly plausible: (value: number, unit: string) => boolean;
}

const SCALAR_RULES: readonly ScalarRule[] = [
  {
    vital: 'heart-rate',
    words: ['hr', 'heart rate', 'pulse', '心率', '脉搏', '脉率', 'bpm', '次/', '/min'],
    pattern: new RegExp(
      String.raw`(?:(?<![a-z])(?:hr|heart rate|pulse rate|pulse)|心率|脉搏|脉率)${JOIN}${NUMBER}\s*(bpm|次\/分钟?|次\/min|\/min|beats\/min|b\/min)?|(?<![a-z])p${JOIN}${NUMBER}\s*(bpm|次\/分钟?|次\/min|\/min)`,
      'gi',
    ),
    unitOf: () => 'bpm',
    plausible: (value) => value >= 20 && value <= 300,
  },
  {
    vital: 'temperature',
    words: ['t', '体温', '°'],
    pattern: new RegExp(
      String.raw`(?:(?<![a-z])(?:t(?<!trop[\s-]?t)|temp|temperature|tmax)|体温)${JOIN}${NUMBER}\s*(°c|°f|度|℃|c(?![a-z])|f(?![a-z]))?|(?<![\d.])(\d{2}(?:\.\d+)?)\s*(°c|°f)`,
      'gi',
    ),
    unitOf: (written) => (written !== undefined && /f/i.test(written) ? '°F' : '°C'),
    plausible: (value, unit) => (unit === '°F' ? value >= 86 && value <= 113 : value >= 30 && value <= 45),
  },
  {
    vital: 'spo2',
    words: ['spo2', 'sao2', 'sat', 'oxygen saturation', '血氧', '指脉氧', '氧饱和度'],
    pattern: new RegExp(String.raw`(?:(?<![a-z])(?:spo2|sao2|sat|sats|o2 sat|oxygen saturation)|血氧饱和度|指脉氧|血氧|氧饱和度)${JOIN}${NUMBER}\s*(%)`, 'gi'),
    unitOf: () => '%',
    plausible: (value) => value >= 40 && value <= 100,
  },
  {
    vital: 'respiratory-rate',
    words: ['rr', 'resp', '呼吸', '次/', '/min'],
    pattern: new RegExp(
      String.raw`(?:(?<![a-z])(?:rr|resp rate|respiratory rate|resp)|呼吸频率|呼吸)${JOIN}${NUMBER}\s*(次\/分钟?|次\/min|\/min|breaths\/min|bpm)?|(?<![a-z])r${JOIN}${NUMBER}\s*(次\/分钟?|次\/min|\/min|breaths\/min)`,
      'gi',
    ),
    unitOf: () => 'breaths/min',
    plausible: (value) => value >= 4 && value <= 80,
  },
  {
    vital: 'weight',
    words: ['kg', '公斤', '千克'],
    pattern: new RegExp(String.raw`(?:(?:(?<![a-z])(?:weight|wt|bw|body weight)|体重)${JOIN})?(?<![\d.\/])${NUMBER}\s*(kg|公斤|千克)(?![a-z\/])`, 'gi'),
    unitOf: () => 'kg',
    plausible: (value) => value >= 0.3 && value <= 400,
  },
  {
    vital: 'height',
    words: ['cm', '厘米', 'ht', '身高'],
    pattern: new RegExp(
      String.raw`(?:(?:(?<![a-z])(?:height|ht)|身高)${JOIN})?(?<![\d.\/])${NUMBER}\s*(cm|厘米)(?![a-z\/])|(?:(?<![a-z])(?:height|ht)|身高)${JOIN}(\d\.\d{1,2})\s*(m|米)(?![a-z\/])`,
      'gi',
    ),
    unitOf: () => 'cm',
    plausible: (value) => value >= 30 && value <= 250,
  },
];

function mentionsAny(folded: string, words: readonly string[]): boolean {
  // A plain loop: this runs for every rule of every text, and a closure per call was garbage.
  for (const word of words) if (folded.includes(word)) return true;
  return false;
}

export function extractVitals(text: NormalisedText): VitalEntity[] {
  const source = text.cased;
  const found: VitalEntity[] = [];
  const taken: { start: number; end: number }[] = [];
  const bloodPressures = mentionsAny(text.folded, BLOOD_PRESSURE_WORDS) ? source.matchAll(BLOOD_PRESSURE) : [];
  for (const match of bloodPressures) {
    const systolic = Number(match[1]);
    const diastolic = Number(match[2]);
    if (systolic < 40 || systolic > 300 || diastolic < 20 || diastolic >= systolic) continue;
    taken.push({ start: match.index, end: match.index + match[0].length });
    found.push({
      type: 'vital',
      vital: 'blood-pressure',
      systolic,
      diastolic,
      unit: 'mmHg',
      ...entitySpan(text, match.index, match.index + match[0].length),
    });
  }
  for (const rule of SCALAR_RULES) {
    if (!mentionsAny(text.folded, rule.words)) continue;
    for (const match of source.matchAll(rule.pattern)) {
      // Alternatives put (value, unit) in different groups; take the first defined pair.
      let valueText: string | undefined;
      let unitText: string | undefined;
      for (let group = 1; group < match.length; group += 2) {
        if (match[group] !== undefined) {
          valueText = match[group];
          unitText = match[group + 1];
          break;
        }
      }
      if (valueText === undefined) continue;
      const unit = rule.unitOf(unitText);
      let value = Number(valueText);
      if (rule.vital === 'height' && unitText !== undefined && /^(m|米)$/i.test(unitText)) value = Math.round(value * 100);
      if (!rule.plausible(value, unit)) continue;
      const start = match.index;
      const end = start + match[0].length;
      if (taken.some((other) => start < other.end && other.start < end)) continue;
      taken.push({ start, end });
      found.push({ type: 'vital', vital: rule.vital, value, unit, ...entitySpan(text, start, end) });
    }
  }
  return found;
}
