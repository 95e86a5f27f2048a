import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

/** llama.cpp server's `/tokenize`, which MedLocal's remote engine uses to budget prompts. */
export class TokenizeRequestDto {
  @ApiProperty() @IsString() @MaxLength(400_000)
  content!: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(400_000)
  prompt?: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200)
  model?: string;
}
