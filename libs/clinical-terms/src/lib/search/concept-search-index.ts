import type { TermSearchResult } from '@medlocal/contracts';
import type { ClinicalDictionary, DictionaryConcept } from '../dictionary/dictionary.types';
import { normaliseTerm } from '../normalise/normalise-text';
import { pinyinInitials } from './pinyin-initials';

/** A search hit is what `GET /api/terms/search` sends: the wire contract owns its shape. */
export type ConceptSearchResult = TermSearchResult;

interface IndexedForm {
  readonly key: string;
  readonly shown: string;
  readonly matchedBy: ConceptSearchResult['matchedBy'];
  readonly concept: DictionaryConcept;
}

const WEIGHT: Readonly<Record<IndexedForm['matchedBy'], number>> = {
  name: 1,
  abbreviation: 0.95,
  synonym: 0.9,
  'pinyin-initials': 0.85,
};

function codesOf(concept: DictionaryConcept): ConceptSearchResult['codes'] {
  return {
    icd11: concept.kind === 'condition' ? concept.icd11 : null,
    icd10: concept.kind === 'condition' ? concept.icd10 : null,
    snomed: concept.kind === 'condition' || concept.kind === 'anatomy' ? concept.snomed : null,
    atc: concept.kind === 'drug' ? concept.atc : null,
    loinc: concept.kind === 'lab' ? concept.loinc : null,
  };
}

/** Concept search over Chinese, English, abbreviations and pinyin initials ("xjgs" -> 心肌梗死). */
export class ConceptSearchIndex {
  private readonly forms: IndexedForm[] = [];

  constructor(dictionary: ClinicalDictionary) {
    const all: DictionaryConcept[] = [...dictionary.conditions, ...dictionary.drugs, ...dictionary.labTests, ...dictionary.anatomy];
    for (const concept of all) {
      const add = (shown: string, matchedBy: IndexedForm['matchedBy'], key = normaliseTerm(shown)) => {
        if (key !== '') this.forms.push({ key, shown, matchedBy, concept });
      };
      add(concept.zh, 'name');
      add(concept.en, 'name');
      concept.zhSynonyms.forEach((form) => add(form, 'synonym'));
      concept.enSynonyms.forEach((form) => add(form, 'synonym'));
      concept.abbreviations.forEach((form) => add(form, 'abbreviation'));
      for (const form of [concept.zh, ...concept.zhSynonyms]) {
        const initials = pinyinInitials(normaliseTerm(form));
        if (initials !== null && initials.length >= 2 && /[a-z]/.test(initials)) add(initials, 'pinyin-initials', initials);
      }
    }
  }

  search(query: string, limit = 20): ConceptSearchResult[] {
    const key = normaliseTerm(query);
    if (key === '' || limit <= 0) return [];
    const best = new Map<DictionaryConcept, { form: IndexedForm; score: number }>();
    for (const form of this.forms) {
      let base: number;
      if (form.key === key) base = 100;
      else if (form.key.startsWith(key)) base = 80 - Math.min(20, form.key.length - key.length);
      else if (form.matchedBy !== 'pinyin-initials' && key.length >= 2 && form.key.includes(key)) {
        base = 60 - Math.min(20, form.key.length - key.length);
      } else continue;
      const score = Math.round(base * WEIGHT[form.matchedBy] * 100) / 100;
      const current = best.get(form.concept);
      if (current === undefined || score > current.score) best.set(form.concept, { form, score });
    }
    return [...best.values()]
      .sort((a, b) => b.score - a.score || a.form.key.length - b.form.key.length || a.form.concept.id.localeCompare(b.form.concept.id))
      .slice(0, limit)
      .map(({ form, score }) => ({
        id: form.concept.id,
        kind: form.concept.kind,
        preferred: { zh: form.concept.zh, en: form.concept.en },
        matched: form.shown,
        matchedBy: form.matchedBy,
        score,
        department: form.concept.kind === 'condition' ? form.concept.department : null,
        codes: codesOf(form.concept),
      }));
  }
}
