import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

/** Upper bound for one text; the configured CHAT_MAX_MESSAGE_CHARS (lower) is what is enforced. */
export const TERMS_HARD_LIMIT_CHARS = 100_000;

export class ExtractTermsRequestDto {
  @ApiProperty({ description: 'Clinical text, Chinese or English' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @IsNotEmpty({ message: 'text must not be empty' })
  @MaxLength(TERMS_HARD_LIMIT_CHARS)
  text!: string;
}
