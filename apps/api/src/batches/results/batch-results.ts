import type { DrugName } from '@medlocal/contracts';

/**
 * The aggregate a research batch produces (`GET /api/batches/:id/results`, export json). Counts are
 * numbers of documents unless named otherwise; shares are fractions of `documents.analysed`.
 */
export interface BatchResults {
  readonly documents: { readonly total: number; readonly analysed: number; readonly failed: number; readonly withMedication: number };
  readonly medications: readonly MedicationFrequency[];
  readonly atcClasses: { readonly level3: readonly AtcClassFrequency[]; readonly level4: readonly AtcClassFrequency[] };
  readonly coPrescriptions: readonly CoPrescriptionPair[];
  readonly drugDiagnosis: readonly DiagnosisMedications[];
  readonly doses: readonly DoseDistribution[];
  readonly departments: readonly DepartmentBreakdown[];
  /** Only for jobs run with `modelPass: true`: what the model was asked and what it added. */
  readonly modelPass: { readonly documentsAsked: number; readonly linesAsked: number; readonly drugsAdded: number; readonly failedRequests: number } | null;
}

export type { DrugName };

export interface MedicationFrequency {
  readonly drugId: string;
  readonly name: DrugName;
  readonly atc: string | null;
  readonly documents: number;
  readonly share: number;
  /** Normalised frequency (qd, bid, …) → documents; `unknown` when not written. */
  readonly frequencies: Readonly<Record<string, number>>;
  readonly routes: Readonly<Record<string, number>>;
}

export interface AtcClassFrequency {
  /** ATC level 3 (4 characters, e.g. C10A) or level 4 (5 characters, e.g. C10AA). */
  readonly code: string;
  /** Documents with at least one drug of the class. */
  readonly documents: number;
  readonly share: number;
  readonly drugIds: readonly string[];
}

export interface CoPrescriptionPair {
  /** Two drug ids in alphabetical order. */
  readonly drugs: readonly [string, string];
  readonly documents: number;
  /** P(A and B) over analysed documents. */
  readonly support: number;
  /** P(A and B) / (P(A) P(B)); above 1 means prescribed together more often than by chance. */
  readonly lift: number;
}

export interface DiagnosisMedications {
  readonly icd11: string;
  readonly title: string | null;
  readonly documents: number;
  readonly drugs: readonly { readonly drugId: string; readonly documents: number; readonly share: number }[];
}

export interface DoseDistribution {
  readonly drugId: string;
  readonly unit: string;
  readonly observations: number;
  readonly histogram: readonly { readonly value: number; readonly count: number }[];
  /** Linear interpolation between order statistics (R type 7, as numpy's default). */
  readonly quantiles: { readonly min: number; readonly p25: number; readonly median: number; readonly p75: number; readonly max: number };
}

export interface DepartmentBreakdown {
  /** The department code of the upload's department column; `null` when none was given. */
  readonly department: string | null;
  readonly documents: number;
  readonly medications: readonly { readonly drugId: string; readonly documents: number }[];
  readonly diagnoses: readonly { readonly icd11: string; readonly documents: number }[];
}
