/**
 * What MedLocal keeps of one document: codes and numbers only. This is the shape stored in
 * `research_batch_document.facts` and the input of the aggregation.
 */
export interface DocumentFacts {
  readonly drugs: readonly DrugFact[];
  /** Distinct ICD-11 codes of the patient's own diagnoses (not denied, not family history, not uncertain). */
  readonly diagnoses: readonly string[];
  /** Diagnoses the dictionary recognised but has no ICD-11 code for (concept ids). */
  readonly uncodedDiagnoses: readonly string[];
  readonly department: string | null;
  /** Only for jobs with the model pass, when the document had lines the dictionary could not read. */
  readonly modelPass?: { readonly lines: number; readonly added: number; readonly failed: boolean };
}

export interface DrugFact {
  readonly drugId: string;
  readonly atc: string | null;
  /** Mass doses normalised to mg; other units (U, IU, ml) as written. */
  readonly dose: { readonly value: number; readonly unit: string } | null;
  readonly frequency: string | null;
  readonly route: string | null;
  /** Present when the model pass named the drug (the dictionary did not find it in the line). */
  readonly source?: 'model';
}
