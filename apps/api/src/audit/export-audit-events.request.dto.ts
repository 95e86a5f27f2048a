import { ApiProperty } from '@nestjs/swagger';
import type { AuditExportFormat } from '@medlocal/audit';
import { IsIn } from 'class-validator';
import { AuditEventFilterRequestDto } from './audit-event-filter.request.dto';

export const AUDIT_EXPORT_FORMATS: readonly AuditExportFormat[] = ['jsonl', 'csv', 'fhir'];

export class ExportAuditEventsRequestDto extends AuditEventFilterRequestDto {
  @ApiProperty({ enum: AUDIT_EXPORT_FORMATS, description: 'fhir: an R4 Bundle of AuditEvent resources' })
  @IsIn(AUDIT_EXPORT_FORMATS, { message: `format must be one of ${AUDIT_EXPORT_FORMATS.join(', ')}` })
  format!: AuditExportFormat;
}
