import type { LocalizedText } from '../common/localized-text.model';

export type AnswerSectionKey = 'definition' | 'mechanism' | 'differential' | 'recommendation';

/** The four sections every answer has, in the order they must appear. */
export const ANSWER_SECTIONS: readonly { key: AnswerSectionKey; heading: LocalizedText }[] = [
  { key: 'definition', heading: { zh: '定义', en: 'Definition' } },
  { key: 'mechanism', heading: { zh: '机制', en: 'Mechanism' } },
  { key: 'differential', heading: { zh: '鉴别', en: 'Differential' } },
  { key: 'recommendation', heading: { zh: '建议', en: 'Recommendation' } },
];

export const ANSWER_SECTION_KEYS: readonly AnswerSectionKey[] = ANSWER_SECTIONS.map((section) => section.key);
