import type { DocumentFacts } from '../processing/document-facts';
import type {
  AtcClassFrequency,
  BatchResults,
  CoPrescriptionPair,
  DepartmentBreakdown,
  DiagnosisMedications,
  DoseDistribution,
  DrugName,
  MedicationFrequency,
} from './batch-results';

export interface AggregationLookups {
  readonly drugName: (drugId: string) => DrugName;
  readonly icd11Title: (code: string) => string | null;
}

/** Counter keyed by string; sorted output is descending by count, then by key, so results are stable. */
class Tally {
  private readonly counts = new Map<string, number>();
  add(key: string, by = 1): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + by);
  }
  get(key: string): number {
    return this.counts.get(key) ?? 0;
  }
  sorted(): [string, number][] {
    return [...this.counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  }
  record(): Record<string, number> {
    return Object.fromEntries(this.sorted());
  }
}

/** Medication patterns of a batch from the facts of its analysed documents. */
export function aggregateBatchResults(params: {
  facts: readonly DocumentFacts[];
  total: number;
  failed: number;
  lookups: AggregationLookups;
  modelPass?: boolean;
}): BatchResults {
  const { facts, lookups } = params;
  const analysed = facts.length;
  const share = (count: number) => (analysed === 0 ? 0 : count / analysed);
  const drugDocuments = new Tally();
  const drugAtc = new Map<string, string | null>();
  const frequencies = new Map<string, Tally>();
  const routes = new Map<string, Tally>();
  const level3 = new Map<string, { tally: number; drugs: Set<string> }>();
  const level4 = new Map<string, { tally: number; drugs: Set<string> }>();
  const pairs = new Tally();
  const diagnosisDocuments = new Tally();
  const diagnosisDrugs = new Map<string, Tally>();
  const doses = new Map<string, { drugId: string; unit: string; values: number[] }>();
  const departments = new Map<string | null, { documents: number; drugs: Tally; diagnoses: Tally }>();
  let withMedication = 0;
  const modelPass = { documentsAsked: 0, linesAsked: 0, drugsAdded: 0, failedRequests: 0 };

  for (const document of facts) {
    const drugIds = [...new Set(document.drugs.map((drug) => drug.drugId))].sort();
    if (drugIds.length > 0) withMedication += 1;
    if (document.modelPass) {
      modelPass.documentsAsked += 1;
      modelPass.linesAsked += document.modelPass.lines;
      modelPass.drugsAdded += document.modelPass.added;
      if (document.modelPass.failed) modelPass.failedRequests += 1;
    }
    for (const drug of document.drugs) {
      drugDocuments.add(drug.drugId);
      drugAtc.set(drug.drugId, drug.atc);
      tallyOf(frequencies, drug.drugId).add(drug.frequency ?? 'unknown');
      tallyOf(routes, drug.drugId).add(drug.route ?? 'unknown');
      if (drug.dose) {
        const key = `${drug.drugId}\u0000${drug.dose.unit}`;
        let entry = doses.get(key);
        if (!entry) doses.set(key, (entry = { drugId: drug.drugId, unit: drug.dose.unit, values: [] }));
        entry.values.push(drug.dose.value);
      }
    }
    addAtcClasses(document, level3, 4);
    addAtcClasses(document, level4, 5);
    for (let i = 0; i < drugIds.length; i += 1) {
      for (let j = i + 1; j < drugIds.length; j += 1) pairs.add(`${drugIds[i]}\u0000${drugIds[j]}`);
    }
    for (const code of new Set(document.diagnoses)) {
      diagnosisDocuments.add(code);
      const perDiagnosis = tallyOf(diagnosisDrugs, code);
      for (const drugId of drugIds) perDiagnosis.add(drugId);
    }
    let department = departments.get(document.department);
    if (!department) departments.set(document.department, (department = { documents: 0, drugs: new Tally(), diagnoses: new Tally() }));
    department.documents += 1;
    for (const drugId of drugIds) department.drugs.add(drugId);
    for (const code of new Set(document.diagnoses)) department.diagnoses.add(code);
  }

  const medications: MedicationFrequency[] = drugDocuments.sorted().map(([drugId, documents]) => ({
    drugId,
    name: lookups.drugName(drugId),
    atc: drugAtc.get(drugId) ?? null,
    documents,
    share: share(documents),
    frequencies: frequencies.get(drugId)?.record() ?? {},
    routes: routes.get(drugId)?.record() ?? {},
  }));
  const coPrescriptions: CoPrescriptionPair[] = pairs.sorted().map(([key, documents]) => {
    const [a, b] = key.split('\u0000') as [string, string];
    const support = share(documents);
    return { drugs: [a, b], documents, support, lift: support / (share(drugDocuments.get(a)) * share(drugDocuments.get(b))) };
  });
  const drugDiagnosis: DiagnosisMedications[] = diagnosisDocuments.sorted().map(([icd11, documents]) => ({
    icd11,
    title: lookups.icd11Title(icd11),
    documents,
    drugs: (diagnosisDrugs.get(icd11)?.sorted() ?? []).map(([drugId, count]) => ({ drugId, documents: count, share: count / documents })),
  }));
  const departmentBreakdown: DepartmentBreakdown[] = [...departments.entries()]
    .sort((a, b) => b[1].documents - a[1].documents || String(a[0]).localeCompare(String(b[0])))
    .map(([department, entry]) => ({
      department,
      documents: entry.documents,
      medications: entry.drugs.sorted().map(([drugId, documents]) => ({ drugId, documents })),
      diagnoses: entry.diagnoses.sorted().map(([icd11, documents]) => ({ icd11, documents })),
    }));
  return {
    documents: { total: params.total, analysed, failed: params.failed, withMedication },
    medications,
    atcClasses: { level3: atcList(level3, share), level4: atcList(level4, share) },
    coPrescriptions,
    drugDiagnosis,
    doses: [...doses.values()].sort((a, b) => (a.drugId < b.drugId ? -1 : a.drugId > b.drugId ? 1 : a.unit.localeCompare(b.unit))).map(doseDistribution),
    departments: departmentBreakdown,
    modelPass: params.modelPass ? modelPass : null,
  };
}

function tallyOf<K>(map: Map<K, Tally>, key: K): Tally {
  let tally = map.get(key);
  if (!tally) map.set(key, (tally = new Tally()));
  return tally;
}

/** A document counts once per class however many of its drugs belong to it. */
function addAtcClasses(document: DocumentFacts, classes: Map<string, { tally: number; drugs: Set<string> }>, length: number): void {
  const seen = new Set<string>();
  for (const drug of document.drugs) {
    if (!drug.atc || drug.atc.length < length) continue;
    const code = drug.atc.slice(0, length);
    let entry = classes.get(code);
    if (!entry) classes.set(code, (entry = { tally: 0, drugs: new Set() }));
    entry.drugs.add(drug.drugId);
    if (!seen.has(code)) {
      seen.add(code);
      entry.tally += 1;
    }
  }
}

function atcList(classes: Map<string, { tally: number; drugs: Set<string> }>, share: (count: number) => number): AtcClassFrequency[] {
  return [...classes.entries()]
    .sort((a, b) => b[1].tally - a[1].tally || (a[0] < b[0] ? -1 : 1))
    .map(([code, entry]) => ({ code, documents: entry.tally, share: share(entry.tally), drugIds: [...entry.drugs].sort() }));
}

function doseDistribution(entry: { drugId: string; unit: string; values: number[] }): DoseDistribution {
  const sorted = [...entry.values].sort((a, b) => a - b);
  const histogram = new Map<number, number>();
  for (const value of sorted) histogram.set(value, (histogram.get(value) ?? 0) + 1);
  return {
    drugId: entry.drugId,
    unit: entry.unit,
    observations: sorted.length,
    histogram: [...histogram.entries()].map(([value, count]) => ({ value, count })),
    quantiles: {
      min: sorted[0],
      p25: quantile(sorted, 0.25),
      median: quantile(sorted, 0.5),
      p75: quantile(sorted, 0.75),
      max: sorted[sorted.length - 1],
    },
  };
}

/** R type 7 quantile of an ascending, non-empty list. */
export function quantile(sorted: readonly number[], p: number): number {
  const position = (sorted.length - 1) * p;
  const below = Math.floor(position);
  const above = Math.min(below + 1, sorted.length - 1);
  return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
}
