import type { ClinicalEntityDto } from '@medlocal/contracts';

export type EntityTone = 'high' | 'low' | 'neutral';

export interface EntityLabel {
  /** Message key for the kind (age, sex, lab, …). */
  readonly kind: ClinicalEntityDto['type'];
  readonly text: string;
  readonly tone: EntityTone;
}

/** A short, language-aware chip text for one extracted entity: "肌酐 180 µmol/L", "metformin 500 mg bid". */
export function describeEntity({ entity, language }: { entity: ClinicalEntityDto; language: 'zh' | 'en' }): EntityLabel {
  const name = (text: { zh: string; en: string }) => (language === 'zh' ? text.zh || text.en : text.en || text.zh);
  switch (entity.type) {
    case 'age':
      return { kind: 'age', text: language === 'zh' ? `${entity.years} 岁` : `${entity.years} y`, tone: 'neutral' };
    case 'sex':
      return { kind: 'sex', text: entity.sex === 'male' ? (language === 'zh' ? '男' : 'male') : language === 'zh' ? '女' : 'female', tone: 'neutral' };
    case 'vital': {
      const value = entity.systolic !== undefined && entity.diastolic !== undefined ? `${entity.systolic}/${entity.diastolic}` : `${entity.value ?? ''}`;
      return { kind: 'vital', text: `${entity.vital} ${value} ${entity.unit}`.trim(), tone: 'neutral' };
    }
    case 'lab': {
      const tone: EntityTone = entity.flag === 'high' ? 'high' : entity.flag === 'low' ? 'low' : 'neutral';
      // A dipstick reading is its grade ("尿酮体 2+"), never the bare ordinal.
      const reading = entity.grade ?? `${entity.comparator ?? ''}${entity.value}${entity.unit ? ` ${entity.unit}` : ''}`;
      return { kind: 'lab', text: `${name(entity.name)} ${reading}`, tone };
    }
    case 'drug': {
      const dose = entity.dose ? ` ${entity.dose.value} ${entity.dose.unit}` : '';
      const route = entity.route ? ` ${entity.route}` : '';
      const frequency = entity.frequency ? ` ${entity.frequency}` : '';
      // "no heparin given": shown as not given, so it never reads as a current medication.
      const notGiven = entity.negated === true ? (language === 'zh' ? '未用 ' : 'not given: ') : '';
      return { kind: 'drug', text: `${notGiven}${name(entity.name)}${dose}${route}${frequency}`, tone: 'neutral' };
    }
    case 'anatomy':
      return { kind: 'anatomy', text: name(entity.name), tone: 'neutral' };
    case 'ecg':
      return {
        kind: 'ecg',
        text: `${entity.negated ? '¬ ' : ''}${entity.finding}${entity.leads.length ? ` (${entity.leads.join(', ')})` : ''}`,
        tone: 'neutral',
      };
  }
}
