import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export const CONVERSATION_TITLE_MAX_CHARS = 120;

export class RenameConversationRequestDto {
  @ApiProperty({ description: "The clinician's name for the conversation", maxLength: CONVERSATION_TITLE_MAX_CHARS })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @IsNotEmpty({ message: 'title must not be empty' })
  @MaxLength(CONVERSATION_TITLE_MAX_CHARS)
  title!: string;
}
