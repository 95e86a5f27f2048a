import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { Transform } from 'class-transformer';

/** Matches CHAT_MAX_MESSAGE_CHARS' ceiling; the configured (lower) cap is checked in the controller. */
export const MESSAGE_HARD_LIMIT_CHARS = 100_000;

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
}
