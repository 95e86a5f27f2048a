import { CreateResearchBatches1795887073766 } from './migrations/1795887073766-CreateResearchBatches';
import { AddResearchBatchModelPass1795887200000 } from './migrations/1795887200000-AddResearchBatchModelPass';
import { AddResearchBatchDocumentWorker1795887300000 } from './migrations/1795887300000-AddResearchBatchDocumentWorker';
import { AddResearchBatchDepartmentsDropped1796300000000 } from './migrations/1796300000000-AddResearchBatchDepartmentsDropped';

/** Batches read and write through SQL (the queue needs SKIP LOCKED), so they bring migrations and no entities. */
export const batchEntities = [];
export const batchMigrations = [
  CreateResearchBatches1795887073766,
  AddResearchBatchModelPass1795887200000,
  AddResearchBatchDocumentWorker1795887300000,
  AddResearchBatchDepartmentsDropped1796300000000,
];
