import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from 'class-validator';

export class MfaLoginRequestDto {
  @ApiProperty({ description: 'From the login answer `{mfaRequired: true, mfaToken}`' })
  @IsString()
  @MaxLength(2048)
  mfaToken!: string;

  @ApiProperty({ example: '123456' })
  @IsString()
  @Matches(/^\d{6}$/, { message: 'code must be 6 digits' })
  code!: string;
}
