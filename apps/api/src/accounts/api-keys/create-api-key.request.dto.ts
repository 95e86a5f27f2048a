import { ApiProperty } from '@nestjs/swagger';
import { IsString, IsUUID, MaxLength, MinLength } from 'class-validator';

export class CreateApiKeyRequestDto {
  @ApiProperty({ example: 'ward-3 EMR integration' })
  @IsString()
  @MinLength(1)
  @MaxLength(64)
  name!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  departmentId!: string;
}
