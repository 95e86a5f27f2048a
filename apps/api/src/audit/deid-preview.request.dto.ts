import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches } from 'class-validator';

export class DeidPreviewRequestDto {
  @ApiProperty({ description: 'Text to de-identify; never stored or logged' })
  @IsString({ message: 'text must be a string' })
  @Matches(/\S/, { message: 'text must not be empty' })
  text!: string;
}
