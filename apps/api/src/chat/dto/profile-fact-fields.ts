import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, MaxLength, ValidatorConstraint, type ValidatorConstraintInterface } from 'class-validator';

/** Longer than any concept, lab or drug id or vital kind the profile holds. */
export const PROFILE_FACT_KEY_MAX_CHARS = 128;

/**
 * The shape of a profile fact's value, shared by a correction and a seeded conversation's facts; whether it fits
 * its fact (age in whole years, a positive lab value …) is checked against the profile (`applyProfileEdit`).
 */
@ValidatorConstraint({ name: 'profileFactValue' })
export class ProfileFactValueConstraint implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return (typeof value === 'number' && Number.isFinite(value)) || (typeof value === 'string' && value.length > 0 && value.length <= 64);
  }
  defaultMessage(): string {
    return 'value must be a number, or a short text (sex: male or female; blood pressure: 120/80; a diagnosis by name)';
  }
}

/** Which fact: the lab, drug or diagnosis id or the vital kind as the profile lists it; none for age and sex. */
export function ProfileFactKey(description = 'The id or name the profile lists; none for age and sex'): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ description, maxLength: PROFILE_FACT_KEY_MAX_CHARS }),
    IsOptional(),
    IsString({ message: 'key must be the id or name the profile lists' }),
    IsNotEmpty({ message: 'key must not be empty' }),
    MaxLength(PROFILE_FACT_KEY_MAX_CHARS, { message: `key must be at most ${PROFILE_FACT_KEY_MAX_CHARS} characters` }),
  );
}
