import type { ClinicalEntity } from '../lib/entities/entity.types';
import type { ConceptMention, ExtractionResult } from '../lib/extract/extraction.types';
import { unitKey } from '../lib/entities/unit-key.util';

/** One sentence of a clinician-phrasing gold file: concepts scored by WHO ICD-11 code, not by MedLocal id. */
export interface GoldConcept {
  /** Empty where WHO has no exact category: then `id` names the MedLocal concept. */
  readonly icd11: string;
  readonly id?: string;
  readonly icd10?: string;
  readonly kind: 'symptom' | 'condition';
  readonly negated: boolean;
  readonly uncertain: boolean;
  readonly family: boolean;
}
export interface GoldSentence {
  readonly text: string;
  readonly category: 'symptom' | 'condition' | 'family' | 'drug-vs-lab' | 'correction';
  readonly concepts: readonly GoldConcept[];
  readonly drugs: readonly string[];
  readonly labs: readonly string[];
  readonly notLabs: readonly string[];
  readonly age?: number;
  readonly labValue?: { readonly id: string; readonly value: number };
  /** A reading as written: its value, its unit without the sentence's punctuation (null: none), a dipstick's grade ("2+"). */
  readonly labReadings?: readonly {
    readonly id: string;
    readonly value: number;
    readonly unit: string | null;
    readonly grade?: string;
    /** Where given: whether the unit was read from the value because none was written ("creat 142" -> μmol/L). */
    readonly unitAssumed?: boolean;
  }[];
  /** Drugs the sentence says were not given ("no heparin given", "未用肝素"): never read as a drug given. */
  readonly drugsNotGiven?: readonly string[];
}

export interface Tally {
  gold: number;
  exact: number;
  extra: number;
}

export interface GoldScore {
  readonly tallies: Record<'condition' | 'symptom' | 'family', Tally>;
  readonly icd10: { gold: number; exact: number };
  readonly context: { checked: number; agreed: number };
  readonly familyLeaks: number;
  readonly drugs: { gold: number; asDrug: number; readAsLab: number };
  readonly labs: { gold: number; found: number };
  readonly corrections: { gold: number; right: number };
  readonly readings: { gold: number; right: number };
  readonly drugsNotGiven: { gold: number; right: number };
  readonly misses: readonly string[];
}

/** Scored to the leaf: a category with children (GB61) is not the code its ".Z" residual (GB61.Z) is. */
function sameCode(a: string | null, b: string): boolean {
  return a !== null && a === b;
}

/** Same place in WHO's hierarchy (one code is the other or an ancestor of it): used where any overlap matters. */
function sameOrRelated(a: string | null, b: string): boolean {
  return a !== null && (a === b || a.startsWith(b) || b.startsWith(a));
}

function agrees(gold: GoldConcept, predicted: ConceptMention): boolean {
  const sameConcept = gold.id === undefined ? sameCode(predicted.icd11?.code ?? null, gold.icd11) : predicted.id === gold.id;
  return sameConcept && predicted.negated === gold.negated && predicted.family === gold.family;
}

/** What the profile keeps of a value stated twice: the last one a correction did not replace. */
function lastStanding<T extends ClinicalEntity>(entities: readonly T[]): T | undefined {
  const standing = entities.filter((entity) => !('superseded' in entity && entity.superseded === true));
  return standing[standing.length - 1];
}

export const rate = (hit: number, of: number): number => (of === 0 ? 1 : hit / of);

/** Runs every sentence through `extract` and tallies codes, flags, drugs, labs and corrections. */
export function scoreGoldSet(sentences: readonly GoldSentence[], extract: (text: string) => ExtractionResult): GoldScore {
  const tallies: Record<'condition' | 'symptom' | 'family', Tally> = {
    condition: { gold: 0, exact: 0, extra: 0 },
    symptom: { gold: 0, exact: 0, extra: 0 },
    family: { gold: 0, exact: 0, extra: 0 },
  };
  const icd10 = { gold: 0, exact: 0 };
  const context = { checked: 0, agreed: 0 };
  let familyLeaks = 0;
  const drugs = { gold: 0, asDrug: 0, readAsLab: 0 };
  const labs = { gold: 0, found: 0 };
  const corrections = { gold: 0, right: 0 };
  const readings = { gold: 0, right: 0 };
  const drugsNotGiven = { gold: 0, right: 0 };
  const misses: string[] = [];

  for (const sentence of sentences) {
    const result = extract(sentence.text);
    const unused = [...result.concepts];
    for (const gold of sentence.concepts) {
      const tally = tallies[gold.family ? 'family' : gold.kind];
      tally.gold++;
      const index = unused.findIndex((predicted) => agrees(gold, predicted));
      if (index < 0) {
        misses.push(
          `FN ${gold.kind} ${gold.id ?? gold.icd11}${gold.negated ? ' -' : ''}${gold.family ? ' F' : ''}  «${sentence.text}»  got ${result.concepts.map((c) => `${c.icd11?.code ?? '∅'}${c.negated ? '-' : ''}${c.family ? 'F' : ''}`).join(' ') || 'nothing'}`,
        );
        continue;
      }
      const [predicted] = unused.splice(index, 1);
      tally.exact++;
      context.checked++;
      if (predicted.uncertain === gold.uncertain) context.agreed++;
      else misses.push(`UNCERTAIN ${gold.icd11} got ${predicted.uncertain}  «${sentence.text}»`);
      if (gold.icd10 !== undefined) {
        icd10.gold++;
        if (predicted.icd10?.code === gold.icd10) icd10.exact++;
        else misses.push(`ICD-10 ${gold.icd10} got ${predicted.icd10?.code ?? '∅'}  «${sentence.text}»`);
      }
    }
    for (const extra of unused) {
      const kind = sentence.category === 'family' ? 'family' : extra.icd11?.code.startsWith('M') ? 'symptom' : 'condition';
      tallies[kind].extra++;
      misses.push(`FP ${extra.id} ${extra.icd11?.code ?? '∅'}  «${sentence.text}»`);
    }
    // A relative's disease must never be read as the patient's own; the patient's own mention the gold expects
    // ("母亲患痛风，本人否认痛风": the patient's denial) is no leak.
    const ownExpected = (predicted: ConceptMention) =>
      sentence.concepts.some((gold) => !gold.family && gold.negated === predicted.negated && sameOrRelated(predicted.icd11?.code ?? null, gold.icd11));
    for (const gold of sentence.concepts.filter((concept) => concept.family)) {
      if (result.concepts.some((predicted) => sameOrRelated(predicted.icd11?.code ?? null, gold.icd11) && !predicted.family && !ownExpected(predicted))) {
        familyLeaks++;
        misses.push(`FAMILY LEAK ${gold.icd11}  «${sentence.text}»`);
      }
    }
    const drugEntities = result.entities.flatMap((entity) => (entity.type === 'drug' ? [entity] : []));
    const labEntities = result.entities.flatMap((entity) => (entity.type === 'lab' ? [entity] : []));
    const given = drugEntities.filter((drug) => drug.negated !== true);
    for (const id of sentence.drugs) {
      drugs.gold++;
      if (given.some((drug) => drug.drugId === id)) drugs.asDrug++;
      else misses.push(`DRUG ${id} not read as a drug  «${sentence.text}»`);
    }
    for (const id of sentence.notLabs) {
      if (labEntities.some((lab) => lab.labId === id)) {
        drugs.readAsLab++;
        misses.push(`DRUG READ AS LAB ${id}  «${sentence.text}»`);
      }
    }
    for (const id of sentence.drugsNotGiven ?? []) {
      drugsNotGiven.gold++;
      if (!given.some((drug) => drug.drugId === id)) drugsNotGiven.right++;
      else misses.push(`DRUG NOT GIVEN ${id} read as given  «${sentence.text}»`);
    }
    for (const reading of sentence.labReadings ?? []) {
      readings.gold++;
      const right = labEntities.some(
        (lab) =>
          lab.labId === reading.id &&
          Math.abs(lab.value - reading.value) <= 1e-9 * Math.max(1, Math.abs(reading.value)) &&
          (reading.unit === null ? lab.unit === null : lab.unit !== null && unitKey(lab.unit) === unitKey(reading.unit)) &&
          lab.grade === reading.grade &&
          (reading.unitAssumed === undefined || lab.unitAssumed === reading.unitAssumed),
      );
      if (right) readings.right++;
      else
        misses.push(
          `READING ${reading.id} ${reading.grade ?? reading.value} ${reading.unit ?? ''} got ${labEntities.map((lab) => `${lab.labId} ${lab.grade ?? lab.value} ${lab.unit ?? ''}`).join('; ') || 'nothing'}  «${sentence.text}»`,
        );
    }
    for (const id of sentence.labs) {
      labs.gold++;
      if (labEntities.some((lab) => lab.labId === id)) labs.found++;
      else misses.push(`LAB ${id} missed  «${sentence.text}»`);
    }
    if (sentence.age !== undefined) {
      corrections.gold++;
      const age = lastStanding(result.entities.flatMap((entity) => (entity.type === 'age' ? [entity] : [])));
      if (age?.years === sentence.age) corrections.right++;
      else misses.push(`CORRECTION age ${sentence.age} got ${age?.years ?? '∅'}  «${sentence.text}»`);
    }
    if (sentence.labValue !== undefined) {
      corrections.gold++;
      const { id, value } = sentence.labValue;
      const lab = lastStanding(labEntities.filter((entity) => entity.labId === id));
      if (lab?.value === value) corrections.right++;
      else misses.push(`CORRECTION ${id} ${value} got ${lab?.value ?? '∅'}  «${sentence.text}»`);
    }
  }
  return { tallies, icd10, context, familyLeaks, drugs, labs, corrections, readings, drugsNotGiven, misses };
}

/** Prints the score table and every miss (the test log is where a reviewer reads them). */
export function logGoldScore(name: string, sentences: readonly GoldSentence[], score: GoldScore): void {
  const table = Object.fromEntries(
    Object.entries(score.tallies).map(([kind, tally]) => [
      kind,
      {
        gold: tally.gold,
        exact: tally.exact,
        extra: tally.extra,
        recall: rate(tally.exact, tally.gold).toFixed(3),
        precision: rate(tally.exact, tally.exact + tally.extra).toFixed(3),
      },
    ]),
  );
  const { icd10, context, familyLeaks, drugs, labs, corrections, readings, drugsNotGiven } = score;
  console.log(`${name}: ${sentences.length} sentences, ${sentences.filter((s) => s.category === 'symptom').length} symptom sentences`);
  console.table(table);
  console.log(
    `ICD-10 4th character ${icd10.exact}/${icd10.gold}; uncertainty agreement ${context.agreed}/${context.checked}; family leaks ${familyLeaks}; drugs read as drugs ${drugs.asDrug}/${drugs.gold}, drugs read as labs ${drugs.readAsLab}; labs ${labs.found}/${labs.gold}; corrections ${corrections.right}/${corrections.gold}` +
      (readings.gold > 0 ? `; readings (value, unit, grade) ${readings.right}/${readings.gold}` : '') +
      (drugsNotGiven.gold > 0 ? `; drugs not given kept off ${drugsNotGiven.right}/${drugsNotGiven.gold}` : ''),
  );
  for (const miss of score.misses) console.log(miss);
}
