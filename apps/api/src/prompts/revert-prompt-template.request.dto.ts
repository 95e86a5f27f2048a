import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsInt, Max, Min } from 'class-validator';

export class RevertPromptTemplateRequestDto {
  @ApiProperty({ enum: ['zh', 'en'] })
  @IsIn(['zh', 'en'])
  language!: 'zh' | 'en';

  @ApiProperty({ description: 'The version whose text the new version copies' })
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  version!: number;
}
