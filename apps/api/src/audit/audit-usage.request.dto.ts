import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

export class AuditUsageRequestDto {
  @ApiPropertyOptional({ description: 'Inclusive start, ISO 8601; defaults to 30 days before `to`' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'from must be an ISO 8601 date' })
  from?: string;

  @ApiPropertyOptional({ description: 'Exclusive end, ISO 8601; defaults to now' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'to must be an ISO 8601 date' })
  to?: string;

  @ApiPropertyOptional({ description: 'Department code' })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  @Matches(/^[A-Z0-9][A-Z0-9_-]{0,31}$/, { message: 'department must be a department code (upper-case letters, digits, _ or -)' })
  department?: string;

  @ApiPropertyOptional({ description: 'IANA time zone that decides where a day starts, e.g. Asia/Shanghai; default UTC' })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+){0,2}$/, { message: 'timeZone must be an IANA time zone name such as Asia/Shanghai' })
  timeZone?: string;
}
