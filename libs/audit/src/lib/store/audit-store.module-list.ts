import { AuditCheckpointEntity } from './audit-checkpoint.entity';
import { AuditEventEntity } from './audit-event.entity';
import { CreateAuditTrail1764345600000 } from './migrations/1764345600000-CreateAuditTrail';

/** Hand these to `createDataSource({ entities, migrations })` next to the other libraries' lists. */
export const auditEntities = [AuditEventEntity, AuditCheckpointEntity];
export const auditMigrations = [CreateAuditTrail1764345600000];
