import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PROFILE_FACT_KINDS, type ProfileFactKind } from '@medlocal/contracts';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength, Validate, ValidatorConstraint, type ValidatorConstraintInterface } from 'class-validator';

/** Longer than any concept, lab or drug id or vital kind the profile holds. */
export const PROFILE_FACT_KEY_MAX_CHARS = 128;

@ValidatorConstraint({ name: 'profileValue' })
class ProfileValueConstraint implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return (typeof value === 'number' && Number.isFinite(value)) || (typeof value === 'string' && value.length > 0 && value.length <= 64);
  }
  defaultMessage(): string {
    return 'value must be a number, or a short text (sex: male or female; blood pressure: 120/80; a diagnosis by name)';
  }
}

/** One fact's new value; whether it fits the fact (age in whole years, a positive lab value …) is checked against the profile. */
export class CorrectProfileFactRequestDto {
  @ApiProperty({ enum: PROFILE_FACT_KINDS })
  @IsIn(PROFILE_FACT_KINDS, { message: `kind must be one of: ${PROFILE_FACT_KINDS.join(', ')}` })
  kind!: ProfileFactKind;

  @ApiPropertyOptional({
    description: 'The lab, drug or diagnosis id or the vital kind as the profile lists it; none for age and sex',
    maxLength: PROFILE_FACT_KEY_MAX_CHARS,
  })
  @IsOptional()
  @IsString({ message: 'key must be the id or name the profile lists' })
  @IsNotEmpty({ message: 'key must not be empty' })
  @MaxLength(PROFILE_FACT_KEY_MAX_CHARS, { message: `key must be at most ${PROFILE_FACT_KEY_MAX_CHARS} characters` })
  key?: string;

  @ApiProperty({
    oneOf: [{ type: 'number' }, { type: 'string' }],
    description: "Age in years, male/female, a lab value, a vital (120/80 for blood pressure), a drug's dose, the name of the right diagnosis",
  })
  @Validate(ProfileValueConstraint)
  value!: number | string;
}

/** `DELETE …/profile/facts/:kind?key=`: which fact goes. */
export class RemoveProfileFactQueryDto {
  @ApiPropertyOptional({ description: 'The id or name the profile lists; none for age and sex', maxLength: PROFILE_FACT_KEY_MAX_CHARS })
  @IsOptional()
  @IsString({ message: 'key must be the id or name the profile lists' })
  @IsNotEmpty({ message: 'key must not be empty' })
  @MaxLength(PROFILE_FACT_KEY_MAX_CHARS, { message: `key must be at most ${PROFILE_FACT_KEY_MAX_CHARS} characters` })
  key?: string;
}
