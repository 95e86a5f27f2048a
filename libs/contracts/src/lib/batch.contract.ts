/**
 * Research batches on the wire (`/api/batches`): a job's metadata and progress, and its results as they
 * leave the server — small cells suppressed. Read by the API, which builds them, and by the console.
 */

/** A job's state as callers see it (the upload still arriving is not listed). */
export type BatchJobStatus = 'queued' | 'running' | 'completed' | 'cancelled';

/** What an upload holds: one JSON document per line, CSV rows, or a zip of text files. */
export type BatchUploadFormat = 'jsonl' | 'csv' | 'zip';

/** What `GET /api/batches` and `GET /api/batches/:id` answer: metadata and progress, never document text. */
export interface BatchJobView {
  readonly id: string;
  readonly ownerUserId: string;
  readonly status: BatchJobStatus;
  readonly format: BatchUploadFormat;
  /** The optional model pass over medication lines the dictionary could not read. */
  readonly modelPass: boolean;
  /** Department column values dropped at intake because they were not department codes (names, ID or phone numbers, free text). */
  readonly departmentsDropped: number;
  readonly createdAt: string;
  readonly startedAt: string | null;
  readonly finishedAt: string | null;
  readonly progress: {
    readonly total: number;
    readonly done: number;
    readonly failed: number;
    readonly remaining: number;
    /** Documents per second since the job started (null before it starts). */
    readonly ratePerSecond: number | null;
    /** Seconds left at that rate (null when unknown; 0 when finished). */
    readonly etaSeconds: number | null;
    readonly updatedAt: string | null;
  };
}

export interface BatchJobDetailView extends BatchJobView {
  /** Failed documents by index (0-based, upload order) and error code; at most `errorsListed` of them. */
  readonly errors: readonly { readonly index: number; readonly code: string }[];
  readonly errorsListed: number;
}

/** A generic drug name in both languages. */
export interface DrugName {
  readonly zh: string;
  readonly en: string;
}

/**
 * Why a published value is `null`: `below_k` — the count is between 1 and k−1; `complementary` —
 * hidden so that a published total minus the published cells cannot give back a `below_k` cell.
 * Shares, support and lift computed from a hidden count are hidden with the same reason.
 */
export type SuppressionReason = 'below_k' | 'complementary';

/** Field name (or `frequencies.<key>`, `routes.<key>`) → why that value is `null`; absent when nothing in the row is hidden. */
export type SuppressedFields = Readonly<Record<string, SuppressionReason>>;

export interface SuppressionSummary {
  /** The smallest count published (BATCH_MIN_CELL_SIZE). */
  readonly k: number;
  readonly cellsSuppressed: number;
  readonly belowK: number;
  readonly complementary: number;
  readonly rule: 'small-cell-complementary-v1';
  /** Totals (documents.analysed, a drug's documents, a dose's observations, …) count every document, hidden cells included. */
  readonly totals: 'include_suppressed';
}

/** `BatchResults` as it leaves the server (`GET /api/batches/:id/results`, every export): small cells suppressed. */
export interface ReleasedBatchResults {
  readonly suppression: SuppressionSummary;
  readonly documents: {
    readonly total: number;
    readonly analysed: number;
    readonly failed: number;
    readonly withMedication: number | null;
    readonly suppressed?: SuppressedFields;
  };
  readonly medications: readonly ReleasedMedication[];
  readonly atcClasses: { readonly level3: readonly ReleasedAtcClass[]; readonly level4: readonly ReleasedAtcClass[] };
  readonly coPrescriptions: readonly ReleasedCoPrescription[];
  readonly drugDiagnosis: readonly ReleasedDiagnosis[];
  readonly doses: readonly ReleasedDose[];
  readonly departments: readonly ReleasedDepartment[];
  readonly modelPass: { readonly documentsAsked: number; readonly linesAsked: number; readonly drugsAdded: number; readonly failedRequests: number } | null;
}

export interface ReleasedMedication {
  readonly drugId: string;
  readonly name: DrugName;
  readonly atc: string | null;
  readonly documents: number | null;
  readonly share: number | null;
  readonly frequencies: Readonly<Record<string, number | null>>;
  readonly routes: Readonly<Record<string, number | null>>;
  readonly suppressed?: SuppressedFields;
}

export interface ReleasedAtcClass {
  readonly code: string;
  readonly documents: number | null;
  readonly share: number | null;
  readonly drugIds: readonly string[];
  readonly suppressed?: SuppressedFields;
}

export interface ReleasedCoPrescription {
  readonly drugs: readonly [string, string];
  readonly documents: number | null;
  readonly support: number | null;
  readonly lift: number | null;
  readonly suppressed?: SuppressedFields;
}

export interface ReleasedDiagnosis {
  readonly icd11: string;
  readonly title: string | null;
  readonly documents: number | null;
  readonly drugs: readonly {
    readonly drugId: string;
    readonly documents: number | null;
    readonly share: number | null;
    readonly suppressed?: SuppressedFields;
  }[];
  readonly suppressed?: SuppressedFields;
}

export interface ReleasedDose {
  readonly drugId: string;
  readonly unit: string;
  readonly observations: number | null;
  readonly histogram: readonly { readonly value: number; readonly count: number | null; readonly suppressed?: SuppressedFields }[];
  /** `null` when `observations` is hidden: with fewer than k values, min and max are single patients' doses. */
  readonly quantiles: { readonly min: number; readonly p25: number; readonly median: number; readonly p75: number; readonly max: number } | null;
  readonly suppressed?: SuppressedFields;
}

export interface ReleasedDepartment {
  readonly department: string | null;
  readonly documents: number | null;
  readonly medications: readonly { readonly drugId: string; readonly documents: number | null; readonly suppressed?: SuppressedFields }[];
  readonly diagnoses: readonly { readonly icd11: string; readonly documents: number | null; readonly suppressed?: SuppressedFields }[];
  readonly suppressed?: SuppressedFields;
}

export interface ReleasedBatch {
  readonly batch: BatchJobView;
  readonly results: ReleasedBatchResults;
}
