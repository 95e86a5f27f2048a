import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ApiKeyScope } from '@medlocal/contracts';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { API_KEY_SCOPES } from './api-key-scopes';

export class CreateApiKeyRequestDto {
  @ApiProperty({ example: 'ward-3 EMR integration' })
  @IsString()
  @MinLength(1)
  @MaxLength(64)
  name!: string;

  @ApiPropertyOptional({
    enum: API_KEY_SCOPES,
    default: 'inference',
    description: 'inference: the /v1 API for a department; batches: the research batch endpoints as one researcher',
  })
  @IsOptional()
  @IsIn(API_KEY_SCOPES)
  scope?: ApiKeyScope;

  @ApiPropertyOptional({ format: 'uuid', description: 'Required for inference keys' })
  @IsOptional()
  @IsUUID()
  departmentId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Required for batches keys: the researcher the key acts for' })
  @IsOptional()
  @IsUUID()
  researcherId?: string;

  /** The upper bound is API_KEY_MAX_DAYS, checked by the service (the DTO cannot read the configuration). */
  @ApiPropertyOptional({ minimum: 1, description: 'Default API_KEY_DEFAULT_DAYS (90), at most API_KEY_MAX_DAYS (365)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(3650)
  expiresInDays?: number;
}
