import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { ROLES, type AdminScope, type Role } from '../../common/access/roles';
import { PASSWORD_MAX_LENGTH } from '../password/password-policy.util';

export const USERNAME_PATTERN = /^[a-z][a-z0-9._-]{2,31}$/;

export class CreateUserRequestDto {
  @ApiProperty({ example: 'zhang.wei' })
  @IsString()
  @MaxLength(32)
  @Matches(USERNAME_PATTERN, { message: 'username must be 3-32 characters: lower-case letters, digits, . _ -, starting with a letter' })
  username!: string;

  @ApiProperty({ example: '张伟' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  displayName!: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  departmentId?: string | null;

  @ApiProperty({ enum: ROLES, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(4)
  @IsIn(ROLES, { each: true })
  roles!: Role[];

  @ApiPropertyOptional({ enum: ['global', 'department'] })
  @IsOptional()
  @IsIn(['global', 'department'])
  adminScope?: AdminScope;

  @ApiPropertyOptional({ format: 'password', description: 'Omit to have a one-time password generated' })
  @IsOptional()
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password?: string;
}
