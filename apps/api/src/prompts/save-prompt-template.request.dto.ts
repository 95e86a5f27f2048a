import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, MaxLength, MinLength } from 'class-validator';

export class SavePromptTemplateRequestDto {
  @ApiProperty({ enum: ['zh', 'en'] })
  @IsIn(['zh', 'en'])
  language!: 'zh' | 'en';

  @ApiProperty({ description: 'Template text with {{patientProfile}}, {{language}} and {{today}} placeholders' })
  @IsString()
  @MinLength(1)
  @MaxLength(16_000)
  body!: string;
}
