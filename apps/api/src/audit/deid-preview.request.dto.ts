import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNumber, IsOptional, IsString, Matches, Max, Min } from 'class-validator';

const MIN_SCORE_MESSAGE = 'minScore must be a number from 0 to 1';

export class DeidPreviewRequestDto {
  @ApiProperty({ description: 'Text to de-identify; never stored or logged' })
  @IsString({ message: 'text must be a string' })
  @Matches(/\S/, { message: 'text must not be empty' })
  text!: string;

  @ApiPropertyOptional({
    description: 'Confidence a finding needs to be redacted, 0 to 1; without it the engine default (tuned for recall) applies',
    minimum: 0,
    maximum: 1,
  })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: MIN_SCORE_MESSAGE })
  @Min(0, { message: MIN_SCORE_MESSAGE })
  @Max(1, { message: MIN_SCORE_MESSAGE })
  minScore?: number;
}
