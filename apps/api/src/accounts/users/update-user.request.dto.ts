import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { ROLES, type AdminScope, type Role } from '../../common/access/roles';

export class UpdateUserRequestDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  displayName?: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true })
  @ValidateIf((dto: UpdateUserRequestDto) => dto.departmentId !== null && dto.departmentId !== undefined)
  @IsUUID()
  departmentId?: string | null;

  @ApiPropertyOptional({ enum: ROLES, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(4)
  @IsIn(ROLES, { each: true })
  roles?: Role[];

  @ApiPropertyOptional({ enum: ['global', 'department'] })
  @IsOptional()
  @IsIn(['global', 'department'])
  adminScope?: AdminScope;

  @ApiPropertyOptional({ enum: ['active', 'disabled'] })
  @IsOptional()
  @IsIn(['active', 'disabled'])
  status?: 'active' | 'disabled';
}
