/** Batch results as they leave the server: the wire contract, shared with the console. */
export type {
  ReleasedAtcClass,
  ReleasedBatch,
  ReleasedBatchResults,
  ReleasedCoPrescription,
  ReleasedDepartment,
  ReleasedDiagnosis,
  ReleasedDose,
  ReleasedMedication,
  SuppressedFields,
  SuppressionReason,
  SuppressionSummary,
} from '@medlocal/contracts';
