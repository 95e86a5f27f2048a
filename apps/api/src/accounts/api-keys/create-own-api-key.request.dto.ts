import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';

/** A researcher's own `batches` key: a name and, optionally, how many days it lives. */
export class CreateOwnApiKeyRequestDto {
  @ApiProperty({ example: 'cohort script' })
  @IsString()
  @MinLength(1)
  @MaxLength(64)
  name!: string;

  /** The upper bound is API_KEY_MAX_DAYS, checked by the service (the DTO cannot read the configuration). */
  @ApiPropertyOptional({ minimum: 1, description: 'Default API_KEY_DEFAULT_DAYS (90), at most API_KEY_MAX_DAYS (365)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(3650)
  expiresInDays?: number;
}
