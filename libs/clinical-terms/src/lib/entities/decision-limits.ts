/**
 * Clinical decision limits: thresholds a guideline acts on, which are not reference intervals
 * (a troponin above the 99th-percentile URL, an NT-proBNP that rules heart failure out, an
 * HbA1c that diagnoses diabetes, an LDL-C treatment target). Each names its source; values are
 * in the lab's canonical unit (ng/L, pg/mL, %, mmol/L), so they are compared with the
 * extractor's canonical value.
 */

export type DecisionLimitKind = 'upper-reference-limit' | 'rule-out' | 'rule-in' | 'diagnostic' | 'target';

export interface DecisionLimit {
  readonly labId: string;
  readonly kind: DecisionLimitKind;
  /** What the limit decides ("diabetes", "acute heart failure unlikely", "LDL-C target, very high risk"). */
  readonly label: string;
  /** The value is on the decision's side when `value <comparator> limit` holds. */
  readonly comparator: '<' | '<=' | '>' | '>=';
  readonly limit: number;
  readonly unit: string;
  readonly ageMin: number | null;
  readonly ageMax: number | null;
  /** LDL-C targets depend on ASCVD risk, which the text rarely states: every category is listed. */
  readonly riskCategory: 'very-high' | 'high' | 'moderate' | 'low' | null;
  readonly source: string;
}

export interface DecisionLimitResult extends DecisionLimit {
  /** true when the value is on the limit's side (above the URL, under the rule-out cut-off, at target). */
  readonly met: boolean;
}

/** The 99th-percentile URL is assay-specific: a hospital sets its own; these are named defaults. */
export interface TroponinUrlSetting {
  readonly ngPerL: number;
  readonly assay: string;
}

export interface DecisionLimitSettings {
  readonly troponinI99thUrl: TroponinUrlSetting;
  readonly troponinT99thUrl: TroponinUrlSetting;
}

const UDMI = 'Fourth Universal Definition of Myocardial Infarction (ESC/ACC/AHA/WHF 2018)';

/** Manufacturer 99th percentiles of the two high-sensitivity assays most used in China (overall population). */
export const DEFAULT_DECISION_LIMIT_SETTINGS: DecisionLimitSettings = {
  troponinI99thUrl: { ngPerL: 26.2, assay: 'Abbott ARCHITECT STAT hs-cTnI (default; set the hospital assay)' },
  troponinT99thUrl: { ngPerL: 14, assay: 'Roche Elecsys hs-cTnT (default; set the hospital assay)' },
};

const ESC_HF_2021 = '2021 ESC Guidelines for the diagnosis and treatment of acute and chronic heart failure';
const HFA_2019 = 'HFA-ESC 2019 practical guidance on natriuretic peptides (age-adjusted NT-proBNP rule-in, ICON-RELOADED)';
const ADA = 'ADA Standards of Care in Diabetes 2024, section 2 (diagnosis)';
const ADA_GLYCAEMIC = 'ADA Standards of Care in Diabetes 2024, section 6 (glycaemic goals for many non-pregnant adults)';
const ESC_EAS_2019 = '2019 ESC/EAS Guidelines for the management of dyslipidaemias (LDL-C treatment goals by risk category)';

type LimitRow = Omit<DecisionLimit, 'ageMin' | 'ageMax' | 'riskCategory'> & Partial<Pick<DecisionLimit, 'ageMin' | 'ageMax' | 'riskCategory'>>;

const FIXED_LIMITS: readonly LimitRow[] = [
  { labId: 'bnp', kind: 'rule-out', label: 'acute heart failure unlikely', comparator: '<', limit: 100, unit: 'pg/mL', source: ESC_HF_2021 },
  { labId: 'bnp', kind: 'rule-out', label: 'chronic heart failure unlikely (non-acute onset)', comparator: '<', limit: 35, unit: 'pg/mL', source: ESC_HF_2021 },
  { labId: 'nt-probnp', kind: 'rule-out', label: 'acute heart failure unlikely', comparator: '<', limit: 300, unit: 'pg/mL', source: ESC_HF_2021 },
  {
    labId: 'nt-probnp',
    kind: 'rule-out',
    label: 'chronic heart failure unlikely (non-acute onset)',
    comparator: '<',
    limit: 125,
    unit: 'pg/mL',
    source: ESC_HF_2021,
  },
  {
    labId: 'nt-probnp',
    kind: 'rule-in',
    label: 'acute heart failure likely (age < 50)',
    comparator: '>',
    limit: 450,
    unit: 'pg/mL',
    ageMax: 49,
    source: HFA_2019,
  },
  {
    labId: 'nt-probnp',
    kind: 'rule-in',
    label: 'acute heart failure likely (age 50–75)',
    comparator: '>',
    limit: 900,
    unit: 'pg/mL',
    ageMin: 50,
    ageMax: 75,
    source: HFA_2019,
  },
  {
    labId: 'nt-probnp',
    kind: 'rule-in',
    label: 'acute heart failure likely (age > 75)',
    comparator: '>',
    limit: 1800,
    unit: 'pg/mL',
    ageMin: 76,
    source: HFA_2019,
  },
  { labId: 'hba1c', kind: 'diagnostic', label: 'diabetes', comparator: '>=', limit: 6.5, unit: '%', source: ADA },
  { labId: 'hba1c', kind: 'diagnostic', label: 'prediabetes (5.7–6.4%)', comparator: '>=', limit: 5.7, unit: '%', source: ADA },
  { labId: 'hba1c', kind: 'target', label: 'glycaemic goal for many adults with diabetes', comparator: '<', limit: 7, unit: '%', source: ADA_GLYCAEMIC },
  { labId: 'glucose-fasting', kind: 'diagnostic', label: 'diabetes', comparator: '>=', limit: 7, unit: 'mmol/L', source: ADA },
  {
    labId: 'glucose-fasting',
    kind: 'diagnostic',
    label: 'impaired fasting glucose (5.6–6.9 mmol/L)',
    comparator: '>=',
    limit: 5.6,
    unit: 'mmol/L',
    source: ADA,
  },
  {
    labId: 'ldl-c',
    kind: 'target',
    label: 'LDL-C target, very high risk (and ≥ 50% reduction)',
    comparator: '<',
    limit: 1.4,
    unit: 'mmol/L',
    riskCategory: 'very-high',
    source: ESC_EAS_2019,
  },
  {
    labId: 'ldl-c',
    kind: 'target',
    label: 'LDL-C target, high risk (and ≥ 50% reduction)',
    comparator: '<',
    limit: 1.8,
    unit: 'mmol/L',
    riskCategory: 'high',
    source: ESC_EAS_2019,
  },
  {
    labId: 'ldl-c',
    kind: 'target',
    label: 'LDL-C target, moderate risk',
    comparator: '<',
    limit: 2.6,
    unit: 'mmol/L',
    riskCategory: 'moderate',
    source: ESC_EAS_2019,
  },
  { labId: 'ldl-c', kind: 'target', label: 'LDL-C target, low risk', comparator: '<', limit: 3.0, unit: 'mmol/L', riskCategory: 'low', source: ESC_EAS_2019 },
];

/** Every decision limit for a lab, the troponin URLs taken from the hospital's settings. */
export function decisionLimitsOf(labId: string, settings: DecisionLimitSettings = DEFAULT_DECISION_LIMIT_SETTINGS): DecisionLimit[] {
  const troponin = labId === 'troponin-i' ? settings.troponinI99thUrl : labId === 'troponin-t' ? settings.troponinT99thUrl : null;
  const rows: LimitRow[] =
    troponin !== null
      ? [
          {
            labId,
            kind: 'upper-reference-limit',
            label: `99th-percentile URL, ${troponin.assay}: myocardial injury above it`,
            comparator: '>',
            limit: troponin.ngPerL,
            unit: 'ng/L',
            source: UDMI,
          },
        ]
      : FIXED_LIMITS.filter((row) => row.labId === labId);
  return rows.map((row) => ({ ageMin: null, ageMax: null, riskCategory: null, ...row }));
}

const LABS_WITH_LIMITS: ReadonlySet<string> = new Set(['troponin-i', 'troponin-t', ...FIXED_LIMITS.map((row) => row.labId)]);

/** `decisionLimitsOf` per settings object and lab, built once: extraction judges every reading of these labs. */
const limitsBySettings = new WeakMap<DecisionLimitSettings, Map<string, readonly DecisionLimit[]>>();

function limitsOfLab(labId: string, settings: DecisionLimitSettings): readonly DecisionLimit[] {
  let byLab = limitsBySettings.get(settings);
  if (byLab === undefined) {
    byLab = new Map();
    limitsBySettings.set(settings, byLab);
  }
  let limits = byLab.get(labId);
  if (limits === undefined) {
    limits = decisionLimitsOf(labId, settings);
    byLab.set(labId, limits);
  }
  return limits;
}

const HOLDS: Record<DecisionLimit['comparator'], (value: number, limit: number) => boolean> = {
  '<': (value, limit) => value < limit,
  '<=': (value, limit) => value <= limit,
  '>': (value, limit) => value > limit,
  '>=': (value, limit) => value >= limit,
};

/**
 * The limits that apply to a canonical value for this patient (age bands only when age is known;
 * with age unknown every band is listed, so none is silently chosen).
 */
export function judgeDecisionLimits(params: {
  labId: string;
  canonicalValue: number;
  ageYears: number | null;
  settings?: DecisionLimitSettings;
}): DecisionLimitResult[] {
  const { ageYears, canonicalValue } = params;
  // Most labs have no decision limit: answer them without building the rows (hot path of extraction).
  if (!LABS_WITH_LIMITS.has(params.labId)) return [];
  return limitsOfLab(params.labId, params.settings ?? DEFAULT_DECISION_LIMIT_SETTINGS)
    .filter((limit) => ageYears === null || ((limit.ageMin ?? 0) <= ageYears && ageYears <= (limit.ageMax ?? Infinity)))
    .map((limit) => ({ ...limit, met: HOLDS[limit.comparator](canonicalValue, limit.limit) }));
}
