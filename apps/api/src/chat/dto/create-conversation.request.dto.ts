import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PROFILE_FACT_KINDS, type ProfileFactKind } from '@medlocal/contracts';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsNotEmpty, IsObject, IsOptional, IsString, MaxLength, Validate, ValidateIf, ValidateNested } from 'class-validator';
import { ProfileFactKey, ProfileFactValueConstraint } from './profile-fact-fields';
import { MESSAGE_HARD_LIMIT_CHARS } from './send-message.request.dto';

/** More turns than a clinician asks about one patient; older answers leave the prompt long before. */
export const MAX_SEED_TURNS = 50;
/** Longer than any answer the model's answer budget lets through. */
export const MAX_SEED_ANSWER_CHARS = 16_000;
/** More facts than a profile holds. */
export const MAX_SEED_FACTS = 200;

export class SeedTurnDto {
  @ApiProperty({ description: 'The question as it was asked; at most CHAT_MAX_MESSAGE_CHARS (checked by the service)' })
  @IsString({ message: 'question must be text' })
  @IsNotEmpty({ message: 'question must not be empty' })
  @MaxLength(MESSAGE_HARD_LIMIT_CHARS, { message: `question must be at most ${MESSAGE_HARD_LIMIT_CHARS} characters` })
  question!: string;

  @ApiProperty({ description: 'The visible answer (its sections), without the reasoning', maxLength: MAX_SEED_ANSWER_CHARS })
  @IsString({ message: 'answer must be text' })
  @MaxLength(MAX_SEED_ANSWER_CHARS, { message: `answer must be at most ${MAX_SEED_ANSWER_CHARS} characters` })
  answer!: string;
}

export class SeedProfileFactDto {
  @ApiProperty({ enum: PROFILE_FACT_KINDS })
  @IsIn(PROFILE_FACT_KINDS, { message: `kind must be one of: ${PROFILE_FACT_KINDS.join(', ')}` })
  kind!: ProfileFactKind;

  @ProfileFactKey()
  key?: string;

  @ApiPropertyOptional({ oneOf: [{ type: 'number' }, { type: 'string' }], description: 'For age, sex, a lab or a vital: the value the clinician last saw' })
  @IsOptional()
  @Validate(ProfileFactValueConstraint)
  value?: number | string;
}

/** Messages name the field inside the seed: the validation pipe puts "seed." in front of them. */
export class ConversationSeedDto {
  @ApiProperty({ type: [SeedTurnDto], maxItems: MAX_SEED_TURNS, description: 'Earlier turns, oldest first' })
  @IsArray({ message: 'turns must be a list of turns' })
  @ArrayMaxSize(MAX_SEED_TURNS, { message: `turns must hold at most ${MAX_SEED_TURNS} turns` })
  @IsObject({ each: true, message: 'turns must each be a {question, answer} object' })
  @ValidateNested({ each: true })
  @Type(() => SeedTurnDto)
  turns!: SeedTurnDto[];

  @ApiProperty({ type: [SeedProfileFactDto], maxItems: MAX_SEED_FACTS, description: 'The profile facts the clinician last saw' })
  @IsArray({ message: 'facts must be a list of facts' })
  @ArrayMaxSize(MAX_SEED_FACTS, { message: `facts must hold at most ${MAX_SEED_FACTS} facts` })
  @IsObject({ each: true, message: 'facts must each be a {kind, key, value} object' })
  @ValidateNested({ each: true })
  @Type(() => SeedProfileFactDto)
  facts!: SeedProfileFactDto[];
}

/** An empty body opens a new conversation; a seed continues one whose instance is gone. */
export class CreateConversationRequestDto {
  @ApiPropertyOptional({ type: ConversationSeedDto })
  // Absent opens an empty conversation; null is no seed the console sends, so it is refused like any other non-object.
  @ValidateIf((_, value: unknown) => value !== undefined)
  @IsObject({ message: 'seed must be an object with turns and facts' })
  @ValidateNested()
  @Type(() => ConversationSeedDto)
  seed?: ConversationSeedDto;
}
