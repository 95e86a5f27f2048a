import { ApiPropertyOptional } from '@nestjs/swagger';
import { AUDIT_OUTCOMES, type AuditOutcome } from '@medlocal/audit';
import { IsIn, IsISO8601, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

/** Filters shared by the event list and the export; every value is a code or a date, never free text. */
export class AuditEventFilterRequestDto {
  @ApiPropertyOptional({ description: 'Inclusive start, ISO 8601 (e.g. 2026-11-01T00:00:00Z)' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'from must be an ISO 8601 date' })
  from?: string;

  @ApiPropertyOptional({ description: 'Exclusive end, ISO 8601' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'to must be an ISO 8601 date' })
  to?: string;

  @ApiPropertyOptional({
    description: 'Username, display name or user id (case ignored); every account it names, disabled ones too. An unknown name lists nothing.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(128, { message: 'user must be at most 128 characters' })
  @Matches(/^[^\p{Cc}]*\S[^\p{Cc}]*$/u, { message: 'user must be a username, display name or user id (no control characters)' })
  user?: string;

  @ApiPropertyOptional({ description: 'Department code' })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  @Matches(/^[A-Z0-9][A-Z0-9_-]{0,31}$/, { message: 'department must be a department code (upper-case letters, digits, _ or -)' })
  department?: string;

  @ApiPropertyOptional({ description: 'Action code, e.g. chat.message' })
  @IsOptional()
  @IsString()
  @Matches(/^[a-z][a-z0-9_]{0,31}(\.[a-z0-9_]{1,32}){0,3}$/, { message: 'action must be an action code such as chat.message' })
  action?: string;

  @ApiPropertyOptional({ enum: AUDIT_OUTCOMES })
  @IsOptional()
  @IsIn(AUDIT_OUTCOMES, { message: `status must be one of ${AUDIT_OUTCOMES.join(', ')}` })
  status?: AuditOutcome;
}
