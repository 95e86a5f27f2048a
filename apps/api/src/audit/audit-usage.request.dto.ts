import { ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { IsOptional, IsString, Matches } from 'class-validator';
import { AuditEventFilterRequestDto } from './audit-event-filter.request.dto';

/** The event filters' time range and department (from defaults to 30 days before to, to to now), plus the day boundary. */
export class AuditUsageRequestDto extends PickType(AuditEventFilterRequestDto, ['from', 'to', 'department'] as const) {
  @ApiPropertyOptional({ description: 'IANA time zone that decides where a day starts, e.g. Asia/Shanghai; default UTC' })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+){0,2}$/, { message: 'timeZone must be an IANA time zone name such as Asia/Shanghai' })
  timeZone?: string;
}
