import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

/** A department's names; its code is its identity in users, keys and the audit trail and never changes. */
export class UpdateDepartmentRequestDto {
  @ApiPropertyOptional({ example: '心血管内科' })
  @IsOptional()
  @IsString()
  @MinLength(1, { message: 'nameZh must not be empty' })
  @MaxLength(100, { message: 'nameZh must be at most 100 characters' })
  nameZh?: string;

  @ApiPropertyOptional({ example: 'Cardiovascular Medicine' })
  @IsOptional()
  @IsString()
  @MinLength(1, { message: 'nameEn must not be empty' })
  @MaxLength(100, { message: 'nameEn must be at most 100 characters' })
  nameEn?: string;
}
