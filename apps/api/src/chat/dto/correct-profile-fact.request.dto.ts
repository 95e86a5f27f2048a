import { ApiProperty } from '@nestjs/swagger';
import { PROFILE_FACT_KINDS, type ProfileFactKind } from '@medlocal/contracts';
import { IsIn, Validate } from 'class-validator';
import { ProfileFactKey, ProfileFactValueConstraint } from './profile-fact-fields';

/** One fact's new value; whether it fits the fact (age in whole years, a positive lab value …) is checked against the profile. */
export class CorrectProfileFactRequestDto {
  @ApiProperty({ enum: PROFILE_FACT_KINDS })
  @IsIn(PROFILE_FACT_KINDS, { message: `kind must be one of: ${PROFILE_FACT_KINDS.join(', ')}` })
  kind!: ProfileFactKind;

  @ProfileFactKey('The lab, drug or diagnosis id or the vital kind as the profile lists it; none for age and sex')
  key?: string;

  @ApiProperty({
    oneOf: [{ type: 'number' }, { type: 'string' }],
    description: "Age in years, male/female, a lab value, a vital (120/80 for blood pressure), a drug's dose, the name of the right diagnosis",
  })
  @Validate(ProfileFactValueConstraint)
  value!: number | string;
}

/** `DELETE …/profile/facts/:kind?key=`: which fact goes. */
export class RemoveProfileFactQueryDto {
  @ProfileFactKey()
  key?: string;
}
