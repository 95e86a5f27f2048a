export { buildZip, uploadBatch } from './lib/batch-upload';
export {
  generateDischargeSummaries,
  toCsv,
  toJsonl,
  type CodeSource,
  type GenerateOptions,
  type GeneratedSummary,
  type TruthDiagnosis,
  type TruthDrug,
} from './lib/generate-discharge-summaries';
