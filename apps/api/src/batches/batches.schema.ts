import { CreateResearchBatches1795887073766 } from './migrations/1795887073766-CreateResearchBatches';

/** Batches read and write through SQL (the queue needs SKIP LOCKED), so they bring migrations and no entities. */
export const batchEntities = [];
export const batchMigrations = [CreateResearchBatches1795887073766];
