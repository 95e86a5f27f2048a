/** One document as read from an upload, before de-identification; it lives only in memory. */
export interface UploadedDocument {
  readonly text: string;
  readonly department: string | null;
  /**
   * The document passed the per-document cap while it was read: its text was dropped there (and
   * `text` is empty), so an oversized record never sits in memory whole.
   */
  readonly tooLong?: true;
}

export type UploadFormat = 'jsonl' | 'csv' | 'zip';

export interface UploadOptions {
  readonly format: UploadFormat;
  /** CSV column or JSONL field holding the document text. */
  readonly textColumn: string;
  readonly departmentColumn: string | null;
}

/** What a reader needs to know to stop reading a document early. */
export interface DocumentLimits {
  /** BATCH_MAX_DOCUMENT_CHARS: longer documents are refused (TOO_LONG) as soon as they pass it. */
  readonly maxDocumentChars: number;
}
