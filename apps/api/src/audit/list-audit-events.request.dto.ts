import { ApiPropertyOptional } from '@nestjs/swagger';
import { AUDIT_MAX_PAGE_SIZE } from '@medlocal/audit';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { AuditEventFilterRequestDto } from './audit-event-filter.request.dto';

export class ListAuditEventsRequestDto extends AuditEventFilterRequestDto {
  @ApiPropertyOptional({ description: '`nextCursor` of the previous page' })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{1,64}$/, { message: 'cursor must be a nextCursor value from a previous page' })
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: AUDIT_MAX_PAGE_SIZE, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'pageSize must be a whole number' })
  @Min(1, { message: 'pageSize must be at least 1' })
  @Max(AUDIT_MAX_PAGE_SIZE, { message: `pageSize must be at most ${AUDIT_MAX_PAGE_SIZE}` })
  pageSize?: number;
}
