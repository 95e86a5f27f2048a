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

/**
 * Among equally good matches, the kind clinicians search for most: diagnoses and symptoms, then
 * lab tests, drugs, and anatomy last ("MI" is myocardial infarction before midazolam).
 */
const KIND_WEIGHT: Readonly<Record<DictionaryConcept['kind'], number>> = {
  condition: 1,
  lab: 0.98,
  drug: 0.96,
  anatomy: 0.9,
};

/** Two to four capitals or digits, at least one capital: an abbreviation as written ("DM", "CKD", "T2DM"). */
const ABBREVIATION_QUERY = /^(?=[A-Z0-9]{2,4}$)(?=.*[A-Z])/;

function isLatinLetterOrDigit(char: string | undefined): boolean {
  return char !== undefined && /[a-z0-9]/.test(char);
}

/**
 * How well a form matches, before weights: exact, then the whole first word(s), then a prefix of
 * the first word, then whole words inside the form, then the start of an inner word, and last a
 * match in the middle of a word ("compensated" inside "decompensated"). Chinese has no word
 * boundaries: a Chinese match inside a form counts as whole words. Longer forms lose a little.
 */
function matchBase(form: IndexedForm, key: string): number | null {
  if (form.key === key) return 100;
  const extra = Math.min(20, form.key.length - key.length);
  if (form.key.startsWith(key)) return (isLatinLetterOrDigit(form.key[key.length]) && isLatinLetterOrDigit(key[key.length - 1]) ? 70 : 85) - extra;
  if (form.matchedBy === 'pinyin-initials' || key.length < 2) return null;
  let best: number | null = null;
  for (let at = form.key.indexOf(key); at >= 0; at = form.key.indexOf(key, at + 1)) {
    const startsWord = !isLatinLetterOrDigit(form.key[at - 1]) || !isLatinLetterOrDigit(key[0]);
    const endsWord = !isLatinLetterOrDigit(form.key[at + key.length]) || !isLatinLetterOrDigit(key[key.length - 1]);
    const base = startsWord && endsWord ? 60 : startsWord ? 50 : 30;
    if (best === null || base > best) best = base;
  }
  return best === null ? null : best - extra;
}

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
    // "DM", "PE", "TB" typed in capitals are abbreviations: pinyin initials ("dm" = 动脉) are not what is meant.
    const pinyinWeight = ABBREVIATION_QUERY.test(query.trim()) ? 0.5 : WEIGHT['pinyin-initials'];
    const best = new Map<DictionaryConcept, { form: IndexedForm; score: number }>();
    for (const form of this.forms) {
      const base = matchBase(form, key);
      if (base === null) continue;
      const weight = form.matchedBy === 'pinyin-initials' ? pinyinWeight : WEIGHT[form.matchedBy];
      const score = Math.round(base * weight * KIND_WEIGHT[form.concept.kind] * 100) / 100;
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
