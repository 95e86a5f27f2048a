import { AuditCheckpointEntity } from './audit-checkpoint.entity';
import { AuditEventEntity } from './audit-event.entity';
import { CreateAuditTrail1764345600000 } from './migrations/1764345600000-CreateAuditTrail';
import { AuditIdSequenceAndCheckpointGuard1796217609148 } from './migrations/1796217609148-AuditIdSequenceAndCheckpointGuard';

/** Hand these to `createDataSource({ entities, migrations })` next to the other libraries' lists. */
export const auditEntities = [AuditEventEntity, AuditCheckpointEntity];
export const auditMigrations = [CreateAuditTrail1764345600000, AuditIdSequenceAndCheckpointGuard1796217609148];
