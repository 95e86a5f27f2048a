import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsGbnfWithinLimits, IsWellFormedText } from './well-formed-text.validator';

export class ChatCompletionMessageDto {
  @ApiProperty({ enum: ['system', 'user', 'assistant'] })
  @IsIn(['system', 'user', 'assistant'])
  role!: 'system' | 'user' | 'assistant';

  @ApiProperty()
  @IsString()
  @MaxLength(200_000)
  @IsWellFormedText()
  content!: string;
}

class StreamOptionsDto {
  @IsOptional()
  @IsBoolean()
  include_usage?: boolean;
}

/** The OpenAI chat-completions request, limited to what MedLocal honours; anything else is refused by name. */
export class ChatCompletionRequestDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @IsWellFormedText()
  model?: string;

  @ApiProperty({ type: [ChatCompletionMessageDto] })
  // IsObject: ValidateNested lets an array through as a message (`[[]]` reached the prompt renderer as a 500).
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => ChatCompletionMessageDto)
  messages!: ChatCompletionMessageDto[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  stream?: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => StreamOptionsDto)
  stream_options?: StreamOptionsDto;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(32_768)
  max_tokens?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(32_768)
  max_completion_tokens?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(2)
  temperature?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(1)
  top_p?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1000)
  top_k?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  seed?: number;

  @ApiPropertyOptional({ description: 'GBNF grammar (llama.cpp extension); at most 64 nested groups, 1024 rules, repetitions up to 4096' })
  @IsOptional()
  @IsString()
  @MaxLength(65_536)
  @IsWellFormedText()
  @IsGbnfWithinLimits()
  grammar?: string;

  /**
   * MedLocal extension: the grammar shapes the thought too, so it applies from the first token (MedLocal's own remote
   * engine sends it for the demo model's grammar; without it a grammar applies once the thought has closed).
   */
  @ApiPropertyOptional({ description: 'MedLocal extension: apply `grammar` from the first token, thought included' })
  @IsOptional()
  @IsBoolean()
  grammar_covers_thought?: boolean;

  /** The end user behind a service key: the queue shares sequences fairly between them (see apiCallerId). */
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @IsWellFormedText()
  user?: string;
}
