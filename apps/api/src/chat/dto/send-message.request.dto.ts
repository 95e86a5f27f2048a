import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { Transform } from 'class-transformer';

/** Matches CHAT_MAX_MESSAGE_CHARS' ceiling; the configured (lower) cap is checked in the controller. */
export const MESSAGE_HARD_LIMIT_CHARS = 100_000;

/** Far beyond what a context holds; only keeps absurd numbers out of messages and logs. */
export const MAX_TURN_NUMBER = 10_000;

export class SendMessageRequestDto {
  @ApiProperty({ description: 'The clinical question, Chinese or English' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @IsNotEmpty({ message: 'content must not be empty' })
  @MaxLength(MESSAGE_HARD_LIMIT_CHARS)
  content!: string;

  @ApiPropertyOptional({ description: 'Enforce reasoning then the four sections with a grammar (default true)' })
  @IsOptional()
  @IsBoolean()
  strict?: boolean;

  @ApiPropertyOptional({
    description:
      'Regenerate or edit and resend: the question becomes this answered turn (1-based); it and every later turn are replaced once the answer is committed',
    minimum: 1,
  })
  @IsOptional()
  @IsInt({ message: 'replaceFromTurn must be a whole turn number (1 for the first answered turn)' })
  @Min(1, { message: 'replaceFromTurn must be 1 or more' })
  @Max(MAX_TURN_NUMBER, { message: `replaceFromTurn must be at most ${MAX_TURN_NUMBER}` })
  replaceFromTurn?: number;
}
