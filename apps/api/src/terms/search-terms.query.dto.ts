import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export class SearchTermsQueryDto {
  @ApiProperty({ description: 'Chinese, English, abbreviation or pinyin initials (xjgs)' })
  @IsString()
  @IsNotEmpty({ message: 'q must not be empty' })
  @MaxLength(100)
  q!: string;

  @ApiPropertyOptional({ default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;
}
