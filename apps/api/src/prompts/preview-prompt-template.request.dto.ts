import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';

export class PreviewPromptTemplateRequestDto {
  @ApiProperty({ enum: ['zh', 'en'] })
  @IsIn(['zh', 'en'])
  language!: 'zh' | 'en';

  @ApiProperty({ description: 'A sample question; it is neither stored nor audited' })
  @IsString()
  @MinLength(1)
  @MaxLength(4_000)
  question!: string;

  @ApiPropertyOptional({ description: "Preview this department's override (its current one, or the hospital's while it has none)" })
  @IsOptional()
  @IsUUID()
  departmentId?: string;

  @ApiPropertyOptional({ description: 'Unsaved template text to preview instead of a saved version' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(16_000)
  body?: string;

  @ApiPropertyOptional({ description: 'A saved version to preview' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  version?: number;
}
