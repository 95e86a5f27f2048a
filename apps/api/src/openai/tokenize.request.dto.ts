import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { IsWellFormedText } from './well-formed-text.validator';

/**
 * Longest text one question's prompt budgeting measures (a system prompt of at most 16,000
 * characters with the patient profile, a message of CHAT_MAX_MESSAGE_CHARS, an earlier answer),
 * with room to spare; past it the tokenizer would only be kept busy.
 */
const TOKENIZE_MAX_CHARS = 65_536;

/** llama.cpp server's `/tokenize`, which MedLocal's remote engine uses to budget prompts. */
export class TokenizeRequestDto {
  @ApiProperty({ maxLength: TOKENIZE_MAX_CHARS })
  @IsString()
  @MaxLength(TOKENIZE_MAX_CHARS, { message: `content must be at most ${TOKENIZE_MAX_CHARS} characters` })
  @IsWellFormedText()
  content!: string;

  /** Accepted for llama.cpp clients that send it; not used. */
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(TOKENIZE_MAX_CHARS)
  prompt?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  model?: string;
}
