import type { AnatomyConcept, ClinicalDictionary, ConditionConcept, DictionaryConcept, DrugConcept, LabTestConcept } from '../dictionary/dictionary.types';
import { assessContext, type ConceptContext } from '../context/assess-context';
import { extractDemographics } from '../entities/demographics.extractor';
import { extractDrugRegimen } from '../entities/drug-regimen.extractor';
import { extractEcgFindings } from '../entities/ecg.extractor';
import { entitySpan } from '../entities/entity-span.util';
import type { ClinicalEntity, EcgEntity, Sex } from '../entities/entity.types';
import { DEFAULT_DECISION_LIMIT_SETTINGS, type DecisionLimitSettings } from '../entities/decision-limits';
import { extractLabValue } from '../entities/lab-value.extractor';
import { unitKey } from '../entities/unit-key.util';
import { extractVitals } from '../entities/vitals.extractor';
import { TermMatcher, type TermHit } from '../matcher/term-matcher';
import { normaliseText, toOriginalSpan, type NormalisedText } from '../normalise/normalise-text';
import { ConceptSearchIndex, type ConceptSearchResult } from '../search/concept-search-index';
import type { ConceptMention, ExtractionResult } from './extraction.types';
import { symptomTiming } from './symptom-timing.util';
import { applyCorrections, CORRECTION_MARKER } from './apply-corrections.util';
import type { ConditionQualifiers } from '../qualifiers/condition-qualifiers';
import { qualifyCondition } from '../qualifiers/qualify-condition.util';
import { diabeticComplicationShortForms, isDiabetesCode } from './diabetic-complications.util';
import { continuesNegatedList, drugNegated } from '../context/drug-negation.util';
import { pairedFindingId } from './paired-finding.util';

/** Bare cell-count names whose value with % is the differential percentage. */
const PERCENT_OF_COUNT: Readonly<Record<string, string>> = {
  'neutrophils-abs': 'neutrophils-pct',
  'lymphocytes-abs': 'lymphocytes-pct',
};
const PAIRED_VALUES = /^(?<lead>\s*(?:[:=]\s*)?)(?<first>\d+(?:\.\d+)?)\s*\/\s*(?<second>\d+(?:\.\d+)?)(?![\d./])/;

/** Generic diseases that a diabetic complication's short form names more exactly once diabetes is named. */
const REFINED_AFTER_DIABETES: ReadonlySet<string> = new Set(['polyneuropathy']);

const TYPE_1_DIABETES = '5A10';
const TYPE_2_DIABETES = '5A11';

interface Span {
  readonly start: number;
  readonly end: number;
}

/** Drops hits that overlap any owned span, in one sweep over merged owned spans. */
function withoutOverlaps(hits: readonly TermHit[], owned: Span[]): TermHit[] {
  if (owned.length === 0) return hits.slice();
  const sorted = [...owned].sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ start: span.start, end: span.end });
  }
  const kept: TermHit[] = [];
  let cursor = 0;
  for (const hit of hits) {
    while (cursor < merged.length && merged[cursor].end <= hit.start) cursor++;
    const span = merged[cursor];
    if (span === undefined || span.start >= hit.end) kept.push(hit);
  }
  return kept;
}

function firstOfKind<K extends DictionaryConcept['kind']>(hit: TermHit, kind: K): Extract<DictionaryConcept, { kind: K }> | undefined {
  return hit.concepts.find((concept) => concept.kind === kind) as Extract<DictionaryConcept, { kind: K }> | undefined;
}

/**
 * What follows a name shared by a drug and an analyte (insulin, folic acid, vitamin B12, potassium
 * chloride's "钾"...) when it is a prescription: a dose in a dosing unit, a route or a frequency.
 * Lab units (μU/mL, mU/L, pmol/L, ng/mL) are not dosing units. Anchored and bounded: linear.
 */
const DRUG_ORDER_AFTER =
  /^[\s:,]{0,3}(?:\d{1,3}(?:\.\d{1,2})?\s{0,2}%|\d{1,5}(?:\.\d{1,3})?\s{0,2}(?:iu|u|units?|单位|mg|g|μg|ug|mcg|ml|片|粒|支)(?![a-z/])|(?:\d{1,5}(?:\.\d{1,3})?\s{0,2}(?:iu|u|单位|mg|g|μg|ug|mcg|ml)\/(?:h|hr|小时|kg|d)(?![a-z]))|皮下|静脉|静滴|静推|肌注|肌内|口服|舌下|ih(?![a-z])|iv(?![a-z])|po(?![a-z])|sc(?![a-z])|im(?![a-z])|泵|tid|bid|qd|qn|prn|每日|每天|睡前|餐前|三餐)/;

/** The unit of a dose written right after a name ("10g", "800IU"), to tell "白蛋白 35g" from a reading in g/L. */
const DOSE_UNIT_AFTER = /^[\s:,]{0,3}\d{1,5}(?:\.\d{1,3})?\s{0,2}([a-zμ]+(?:\/[a-z0-9]+)?|%|单位|片|粒|支)/;

/**
 * True when what follows a lab name is a prescription (dose in a unit the analyte is not reported in, route,
 * frequency). A concentration in % ("白蛋白 20%", "glucose 50%") is a solution unless the analyte is reported in %
 * (HbA1c 7.5%, Hct 35%).
 */
function administeredAfter(following: string, lab: LabTestConcept): boolean {
  if (!DRUG_ORDER_AFTER.test(following)) return false;
  const unit = DOSE_UNIT_AFTER.exec(following)?.[1];
  if (unit === '%' && PERCENT_OF_COUNT[lab.id] !== undefined) return false;
  return unit === undefined || !lab.units.some((reported) => unitKey(reported.unit) === unitKey(unit));
}

/**
 * A name shared by a drug and an analyte, named as a test rather than given: "查维生素D水平", "复查胰岛素",
 * "check vitamin D level", "insulin level". Anchored and bounded: linear.
 */
const TEST_WORD_BEFORE = /(?:查|检测|测定|化验|监测|(?<![a-z])(?:check|checked|measure|measured|repeat|test|send)\s+)$/;
const TEST_WORD_AFTER = /^\s{0,2}(?:水平|浓度|测定|检测|levels?(?![a-z]))/;

function namedAsTest(folded: string, hit: { start: number; end: number }): boolean {
  return TEST_WORD_BEFORE.test(folded.slice(Math.max(0, hit.start - 10), hit.start)) || TEST_WORD_AFTER.test(folded.slice(hit.end, hit.end + 8));
}

/**
 * A gene written like a test: "EGFR exon 21", "EGFR 19del", "EGFR T790M", "EGFR突变", "EGFR-TKI". Checked only
 * after a lab name. Anchored and bounded: linear.
 */
const GENE_AFTER =
  /^\s{0,2}-?\s{0,2}(?:\d{1,2}\s{0,2}号?\s{0,2}(?:外显子|exon|del|ins)|exon|外显子|突变|基因|扩增|野生型|mutat|mutant|amplif|wild|tki(?![a-z])|[a-z]\d{2,4}[a-z](?![a-z]))/;

/** Gene symbols are short Latin words (EGFR); a Chinese or long lab name is never one. */
function mayNameGene(folded: string, hit: { start: number; end: number }): boolean {
  const first = folded.charCodeAt(hit.start);
  return hit.end - hit.start <= 6 && first >= 97 && first <= 122;
}

/** "sats 95% RA", "SpO2 92% on RA", "指脉氧 93% (RA)": RA after a saturation is room air, not rheumatoid arthritis. */
const SATURATION_BEFORE = /(?:\d{2,3}\s{0,2}%|(?:sats?|spo2|sao2|saturations?)\s{0,2}[:=]?\s{0,2}\d{2,3})\s{0,2}(?:(?:on|in|@)\s{1,2}|\()?$/;

function isRoomAir(folded: string, hit: { start: number; end: number }): boolean {
  return hit.end - hit.start === 2 && folded.startsWith('ra', hit.start) && SATURATION_BEFORE.test(folded.slice(Math.max(0, hit.start - 24), hit.start));
}

/** Correction markers in normalised text, compiled once (a call reads them from the start and runs to completion). */
const CORRECTION_MARKERS_IN_NORMALISED = new RegExp(CORRECTION_MARKER.source, 'g');

/** Only an opening bracket between a name and its abbreviation. */
const RESTATED_IN_BRACKETS = /^\s{0,2}\(\s{0,2}$/;

/** Sentence end in normalised text: where a drug's regimen stops being read. */
function regimenLimit(text: NormalisedText, from: number, nextHitStart: number): number {
  const rest = text.cased.slice(from, nextHitStart);
  const stop = /[。;\n]|\.(?:\s|$)/.exec(rest);
  return from + (stop ? stop.index : rest.length);
}

/**
 * Entity and concept extraction over one dictionary. The automaton and the search index are
 * built on first use and reused; an engine is safe to share (no per-call state).
 */
export class ClinicalTermEngine {
  private matcherInstance: TermMatcher | null = null;
  private searchIndexInstance: ConceptSearchIndex | null = null;
  private conditionIndex: Map<string, ConditionConcept> | null = null;
  private readonly codeCache = new Map<ConditionConcept, Pick<ConceptMention, 'preferred' | 'icd11' | 'icd10' | 'snomed'>>();

  constructor(
    readonly dictionary: ClinicalDictionary,
    /** Per-hospital settings: the troponin 99th-percentile URLs of the assays in use. */
    private readonly decisionLimitSettings: DecisionLimitSettings = DEFAULT_DECISION_LIMIT_SETTINGS,
  ) {}

  private get matcher(): TermMatcher {
    this.matcherInstance ??= new TermMatcher([
      ...this.dictionary.conditions,
      ...this.dictionary.labTests,
      ...this.dictionary.drugs,
      ...this.dictionary.anatomy,
    ]);
    return this.matcherInstance;
  }

  private get searchIndex(): ConceptSearchIndex {
    this.searchIndexInstance ??= new ConceptSearchIndex(this.dictionary);
    return this.searchIndexInstance;
  }

  /** Builds the automaton, the spelling fallback's index and the search index now (e.g. at start-up) instead of on first use. */
  warmUp(): void {
    this.matcher.warmUp();
    void this.searchIndex;
  }

  extract(original: string): ExtractionResult {
    const text = normaliseText(original);
    const demographics = extractDemographics(text);
    const sex: Sex | null = demographics.find((entity) => entity.type === 'sex')?.sex ?? null;
    const ageYears = demographics.find((entity) => entity.type === 'age')?.years ?? null;
    const vitals = extractVitals(text);
    const ecgFindings = extractEcgFindings(text);

    // Regex entities own their spans in normalised offsets, so dictionary hits inside them are
    // dropped; an ECG finding inside a longer term ("急性ST段抬高型心肌梗死") yields to the term.
    const rawHits = withoutOverlaps(
      this.matcher.find(text),
      this.normalisedSpans(text, [...vitals, ...demographics.filter((entity) => entity.type === 'age')]),
    );
    const ecg = ecgFindings.filter(
      (finding) => !rawHits.some((hit) => hit.start <= finding.start && hit.end >= finding.end && hit.end - hit.start > finding.end - finding.start),
    );
    // A rhythm named both ways ("房颤律", "AF rhythm") is an ECG finding and a coded condition: keep both.
    // Most texts have no ECG finding: then no hit is looked at here.
    const rhythmConditions =
      ecg.length === 0
        ? []
        : rawHits.filter(
            (hit) =>
              hit.concepts.some((concept) => concept.kind === 'condition') && ecg.some((finding) => finding.start === hit.start && finding.end === hit.end),
          );
    const hits = withoutOverlaps(
      rawHits,
      ecg.map(({ start, end }) => ({ start, end })),
    );
    if (rhythmConditions.length > 0) {
      hits.push(...rhythmConditions);
      hits.sort((a, b) => a.start - b.start);
    }

    const entities: ClinicalEntity[] = [...demographics, ...vitals];
    const conditionHits: { hit: TermHit; concept: ConditionConcept; qualifiers: ConditionQualifiers | null }[] = [];
    let consumedUntil = 0;
    let negatedDrugEnd = -1;
    hits.forEach((hit, index) => {
      if (hit.start < consumedUntil) return;
      const lab = firstOfKind(hit, 'lab') as LabTestConcept | undefined;
      const sharedWithDrug = lab !== undefined && firstOfKind(hit, 'drug') !== undefined;
      // "胰岛素 8U ih tid" is the drug; "胰岛素 12.5 μU/mL" the analyte: a dose, route or frequency decides.
      const orderFollows = lab !== undefined && administeredAfter(text.folded.slice(hit.end, hit.end + 24), lab);
      // "白蛋白 10g 静滴", "维生素D 800IU qd": a dose or route after an analyte's name is an order, never a reading.
      if (orderFollows && !sharedWithDrug) return;
      if (lab !== undefined && mayNameGene(text.folded, hit) && GENE_AFTER.test(text.folded.slice(hit.end, hit.end + 16))) return;
      if (lab !== undefined && !orderFollows) {
        const pair = this.pairedLabReadings(text, hits, index, lab, { sex, ageYears });
        if (pair !== null) {
          entities.push(...pair.entities);
          consumedUntil = pair.end;
          return;
        }
        const reading = this.labReading(text, lab, hit.start, hit.end, { sex, ageYears });
        if (reading !== null) {
          entities.push(reading.entity);
          consumedUntil = reading.end;
          return;
        }
      }
      const drug = firstOfKind(hit, 'drug') as DrugConcept | undefined;
      // Neither a reading nor an order after a shared name: a test being asked for is no drug given.
      if (sharedWithDrug && !orderFollows && namedAsTest(text.folded, hit)) return;
      if (drug !== undefined) {
        // The same drug named again right after (a brand in brackets) does not end the regimen.
        // Only another drug ends the regimen ("舌下含服" names the tongue, "for MI" a condition).
        let nextIndex = index + 1;
        while (nextIndex < hits.length && (hits[nextIndex].concepts.includes(drug) || !hits[nextIndex].concepts.some((concept) => concept.kind === 'drug'))) {
          nextIndex++;
        }
        const next = hits[nextIndex]?.start ?? text.cased.length;
        const regimen = extractDrugRegimen(text, drug, hit.start, hit.end, regimenLimit(text, hit.end, next));
        // "no heparin given", "未用华法林、阿司匹林": named, but not a medication the patient is on.
        const negated =
          drugNegated(text.folded, hit.start, regimen.end) || (negatedDrugEnd >= 0 && continuesNegatedList(text.folded, negatedDrugEnd, hit.start));
        entities.push(negated ? { ...regimen.entity, negated } : regimen.entity);
        negatedDrugEnd = negated ? regimen.end : -1;
        consumedUntil = regimen.end;
        return;
      }
      const condition = firstOfKind(hit, 'condition') as ConditionConcept | undefined;
      if (condition !== undefined && isRoomAir(text.folded, hit)) return;
      if (condition !== undefined) {
        // "CKD 3b期 A2", "心衰 NYHA III级": the qualifier belongs to this mention and may fix its code.
        const qualified = qualifyCondition(text.folded, condition, hit.end, (id) => this.conditionById(id));
        // "类风湿关节炎(RA)", "heart failure (HF)": the abbreviation in brackets restates the name, one mention.
        const previous = conditionHits[conditionHits.length - 1];
        if (previous?.concept.id === qualified.concept.id && RESTATED_IN_BRACKETS.test(text.folded.slice(previous.hit.end, hit.start))) {
          consumedUntil = qualified.end;
          return;
        }
        conditionHits.push({
          hit: qualified.end === hit.end ? hit : { ...hit, end: qualified.end },
          concept: qualified.concept,
          qualifiers: qualified.qualifiers,
        });
        const partnerId = pairedFindingId({ matched: text.folded.slice(hit.start, hit.end) });
        const partner = partnerId === undefined ? undefined : this.conditionById(partnerId);
        if (partner !== undefined) conditionHits.push({ hit: { ...hit, concepts: [partner] }, concept: partner, qualifiers: null });
        consumedUntil = qualified.end;
        return;
      }
      const anatomy = firstOfKind(hit, 'anatomy') as AnatomyConcept | undefined;
      if (anatomy !== undefined) {
        entities.push({
          type: 'anatomy',
          anatomyId: anatomy.id,
          name: { zh: anatomy.zh, en: anatomy.en },
          snomed: anatomy.snomed,
          ...entitySpan(text, hit.start, hit.end),
        });
      }
    });

    if (conditionHits.some(({ concept }) => concept.id === 'diabetic-ketoacidosis')) this.typeKetoacidosis(conditionHits);
    const shortForms = this.diabeticComplicationHits(text, conditionHits, hits);
    if (shortForms.length > 0) {
      // The diabetic reading replaces the generic concept named by the same words ("周围神经病变" after 2型糖尿病).
      const replaced = conditionHits.filter(({ hit }) => shortForms.some((form) => form.hit.start === hit.start && form.hit.end === hit.end));
      for (const generic of replaced) conditionHits.splice(conditionHits.indexOf(generic), 1);
      conditionHits.push(...shortForms);
      conditionHits.sort((a, b) => a.hit.start - b.hit.start);
    }

    // Context is judged over conditions and ECG findings together, in text order.
    // One array of one shape filled in place, each span with its item's place (conditions first, then ECG findings) as
    // a number: spreading mapped arrays and a map keyed by hits and findings of several shapes made the engine's hot
    // function deoptimise and recompile on the first texts.
    const contextSpans: { start: number; end: number; item: number }[] = [];
    for (let item = 0; item < conditionHits.length; item++) {
      const { hit } = conditionHits[item];
      contextSpans.push({ start: hit.start, end: hit.end, item });
    }
    for (let item = 0; item < ecg.length; item++) contextSpans.push({ start: ecg[item].start, end: ecg[item].end, item: conditionHits.length + item });
    contextSpans.sort((a, b) => a.start - b.start);
    const contexts = assessContext(text.folded, contextSpans);
    const contextOfItem: ConceptContext[] = new Array<ConceptContext>(contextSpans.length);
    for (let index = 0; index < contextSpans.length; index++) contextOfItem[contextSpans[index].item] = contexts[index];

    ecg.forEach((finding, item) => {
      const ecgEntity: EcgEntity = { ...finding.entity, negated: contextOfItem[conditionHits.length + item].negated };
      entities.push(ecgEntity);
    });
    const concepts = conditionHits.map(({ hit, concept, qualifiers }, item) => this.mention(text, hit, concept, contextOfItem[item], qualifiers));
    entities.push(...this.restatedLabValues(text, entities, { sex, ageYears }));
    entities.sort((a, b) => a.start - b.start || a.end - b.end);
    // Where normalising changed nothing and lower-casing kept the length, the folded text is the original lower-cased.
    const lowered = text.cased === text.original && text.folded.length === text.original.length ? text.folded : undefined;
    return { entities: applyCorrections(text.original, entities, lowered), concepts };
  }

  search(query: string, limit = 20): ConceptSearchResult[] {
    return this.searchIndex.search(query, limit);
  }

  private mention(
    text: NormalisedText,
    hit: TermHit,
    concept: ConditionConcept,
    context: { negated: boolean; uncertain: boolean; family: boolean },
    qualifiers: ConditionQualifiers | null,
  ): ConceptMention {
    const span = toOriginalSpan(text, hit.start, hit.end);
    const codes = this.codesOf(concept);
    const timing = concept.category === 'symptom' ? symptomTiming(text.folded, hit.start, hit.end) : { onset: null, duration: null };
    return {
      start: span.start,
      end: span.end,
      text: text.original.slice(span.start, span.end),
      id: concept.id,
      negated: context.negated,
      uncertain: context.uncertain,
      family: context.family,
      preferred: codes.preferred,
      icd11: codes.icd11,
      icd10: codes.icd10,
      snomed: codes.snomed,
      department: concept.department,
      category: concept.category,
      onset: timing.onset,
      duration: timing.duration,
      ...(qualifiers === null ? {} : { qualifiers }),
    };
  }

  /**
   * "肌酐132μmol/L,更正为182μmol/L", "血钾3.2,笔误,应为5.2": a bare value after a correction marker
   * restates the lab named last before it (read with that lab's units and limits), unless the
   * same lab is named again after the marker.
   */
  private restatedLabValues(
    text: NormalisedText,
    entities: readonly ClinicalEntity[],
    patient: { sex: Sex | null; ageYears: number | null },
  ): ClinicalEntity[] {
    if (!entities.some((entity) => entity.type === 'lab')) return [];
    const restated: ClinicalEntity[] = [];
    const marker = CORRECTION_MARKERS_IN_NORMALISED;
    marker.lastIndex = 0;
    for (let match = marker.exec(text.folded); match !== null; match = marker.exec(text.folded)) {
      const at = match.index + match[0].length;
      const originalAt = toOriginalSpan(text, at, at).start;
      const prior = entities.filter((entity) => entity.type === 'lab' && entity.end <= originalAt).pop();
      if (prior?.type !== 'lab' || entities.some((entity) => entity.type === 'lab' && entity.labId === prior.labId && entity.start >= originalAt)) continue;
      const lab = this.dictionary.labTests.find((concept) => concept.id === prior.labId);
      const reading = lab === undefined ? null : extractLabValue(text, lab, at, at, patient, this.decisionLimitSettings);
      if (reading !== null) restated.push(reading.entity);
    }
    return restated;
  }

  /** "2型糖尿病,合并视网膜病变、肾病", "T2DM with DR and DN": complications named without "diabetic". */
  private diabeticComplicationHits(
    text: NormalisedText,
    conditionHits: readonly { hit: TermHit; concept: ConditionConcept }[],
    hits: readonly TermHit[],
  ): { hit: TermHit; concept: ConditionConcept; qualifiers: null }[] {
    let diabetesEnds: number[] | null = null;
    for (const { hit, concept } of conditionHits) if (isDiabetesCode(concept.icd11)) (diabetesEnds ??= []).push(hit.end);
    if (diabetesEnds === null) return [];
    // An organ named inside the short form ("视网膜" in 视网膜病变, "肾" in 肾病) does not take its place.
    // Nor does the generic disease the short form names more exactly after a diabetes diagnosis (polyneuropathy).
    const taken = (start: number, end: number) =>
      hits.some(
        (hit) =>
          hit.start < end &&
          hit.end > start &&
          hit.concepts.some((concept) => concept.kind !== 'anatomy') &&
          !(hit.start === start && hit.end === end && hit.concepts.every((concept) => concept.kind === 'anatomy' || REFINED_AFTER_DIABETES.has(concept.id))),
      );
    return diabeticComplicationShortForms(text, diabetesEnds, taken).flatMap(({ start, end, conceptId }) => {
      const concept = this.conditionById(conceptId);
      return concept === undefined ? [] : [{ hit: { start, end, concepts: [concept] }, concept, qualifiers: null }];
    });
  }

  /**
   * "T1DM with DKA", "2型糖尿病,糖尿病酮症酸中毒": the ketoacidosis takes the type of the one diabetes named in the
   * same text (ICD-10 E10.1 / E11.1 instead of E14.1); with no type or two types it stays as written.
   */
  private typeKetoacidosis(conditionHits: { concept: ConditionConcept }[]): void {
    let type: string | null = null;
    for (const { concept } of conditionHits) {
      if (concept.icd11 !== TYPE_1_DIABETES && concept.icd11 !== TYPE_2_DIABETES) continue;
      if (type !== null && type !== concept.icd11) return;
      type = concept.icd11;
    }
    if (type === null) return;
    const typed = this.conditionById(type === TYPE_1_DIABETES ? 'type-1-diabetic-ketoacidosis' : 'type-2-diabetic-ketoacidosis');
    if (typed === undefined) return;
    for (const conditionHit of conditionHits) if (conditionHit.concept.id === 'diabetic-ketoacidosis') conditionHit.concept = typed;
  }

  /** A cell count named bare and written with % ("中性粒细胞 88%", "neutrophils 85%") is its differential percentage. */
  private labReading(text: NormalisedText, lab: LabTestConcept, start: number, end: number, patient: { sex: Sex | null; ageYears: number | null }) {
    const reading = extractLabValue(text, lab, start, end, patient, this.decisionLimitSettings);
    const percentId = PERCENT_OF_COUNT[lab.id];
    if (reading === null || percentId === undefined || reading.entity.unit !== '%') return reading;
    const percent = this.dictionary.labTests.find((concept) => concept.id === percentId);
    return percent === undefined ? reading : extractLabValue(text, percent, start, end, patient, this.decisionLimitSettings);
  }

  /** "Na/K 132/4.1": two labs joined by a slash take the two values joined by a slash, in order. */
  private pairedLabReadings(
    text: NormalisedText,
    hits: readonly TermHit[],
    index: number,
    lab: LabTestConcept,
    patient: { sex: Sex | null; ageYears: number | null },
  ): { entities: ClinicalEntity[]; end: number } | null {
    const hit = hits[index];
    const next = hits[index + 1];
    const nextLab = next === undefined ? undefined : (firstOfKind(next, 'lab') as LabTestConcept | undefined);
    if (next === undefined || nextLab === undefined) return null;
    // Only a slash between the names (spaces around it allowed); most gaps hold none and are not copied out.
    const slash = text.folded.indexOf('/', hit.end);
    if (slash < 0 || slash >= next.start || text.folded.slice(hit.end, next.start).trim() !== '/') return null;
    const values = PAIRED_VALUES.exec(text.folded.slice(next.end, next.end + 40));
    if (values?.groups === undefined) return null;
    const firstAt = next.end + values.groups['lead'].length;
    const secondAt = next.end + values[0].length - values.groups['second'].length;
    const first = extractLabValue(text, lab, hit.start, firstAt, patient, this.decisionLimitSettings);
    const second = extractLabValue(text, nextLab, next.start, secondAt, patient, this.decisionLimitSettings);
    return first === null || second === null ? null : { entities: [first.entity, second.entity], end: second.end };
  }

  private conditionById(id: string): ConditionConcept | undefined {
    this.conditionIndex ??= new Map(this.dictionary.conditions.map((concept) => [concept.id, concept]));
    return this.conditionIndex.get(id);
  }

  /** Titles and terms per concept, looked up once per engine (mentions share these objects). */
  private codesOf(concept: ConditionConcept): Pick<ConceptMention, 'preferred' | 'icd11' | 'icd10' | 'snomed'> {
    let codes = this.codeCache.get(concept);
    if (codes === undefined) {
      const { icd11Titles, icd10Titles, snomedTerms } = this.dictionary;
      codes = Object.freeze({
        preferred: Object.freeze({ zh: concept.zh, en: concept.en }),
        icd11: concept.icd11 === null ? null : Object.freeze({ code: concept.icd11, title: icd11Titles.titles[concept.icd11] ?? null }),
        icd10: concept.icd10 === null ? null : Object.freeze({ code: concept.icd10, title: icd10Titles[concept.icd10] ?? null }),
        snomed: concept.snomed === null ? null : Object.freeze({ id: concept.snomed, term: snomedTerms[concept.snomed] ?? null }),
      });
      this.codeCache.set(concept, codes);
    }
    return codes;
  }

  /** Entities carry original offsets; recover normalised ones for overlap checks. */
  private normalisedSpans(text: NormalisedText, entities: readonly ClinicalEntity[]): Span[] {
    const firstAtOrAfter = (offsets: Int32Array, target: number) => {
      let low = 0;
      let high = offsets.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (offsets[middle] < target) low = middle + 1;
        else high = middle;
      }
      return low;
    };
    return entities.map((entity) => ({
      start: firstAtOrAfter(text.originalStart, entity.start),
      end: firstAtOrAfter(text.originalEnd, entity.end + 1),
    }));
  }
}
