import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength, MinLength } from 'class-validator';

export class CreateDepartmentRequestDto {
  @ApiProperty({ example: 'CARD' })
  @IsString()
  @MaxLength(32)
  @Matches(/^[A-Z0-9][A-Z0-9_-]{0,31}$/, { message: 'code must be upper-case letters, digits, _ or -' })
  code!: string;

  @ApiProperty({ example: '心内科' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  nameZh!: string;

  @ApiProperty({ example: 'Cardiology' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  nameEn!: string;
}
