/** One document as read from an upload, before de-identification; it lives only in memory. */
export interface UploadedDocument {
  readonly text: string;
  readonly department: string | null;
}

export type UploadFormat = 'jsonl' | 'csv' | 'zip';

export interface UploadOptions {
  readonly format: UploadFormat;
  /** CSV column or JSONL field holding the document text. */
  readonly textColumn: string;
  readonly departmentColumn: string | null;
}
