import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ANSWER_FEEDBACK_RATINGS, ANSWER_FEEDBACK_REASONS, type AnswerFeedbackRating, type AnswerFeedbackReason } from '@medlocal/contracts';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsOptional } from 'class-validator';

/** A rating with reason codes: there is deliberately no free-text field, so the audit trail holds codes only. */
export class AnswerFeedbackRequestDto {
  @ApiProperty({ enum: ANSWER_FEEDBACK_RATINGS })
  @IsIn(ANSWER_FEEDBACK_RATINGS, { message: `rating must be one of: ${ANSWER_FEEDBACK_RATINGS.join(', ')}` })
  rating!: AnswerFeedbackRating;

  @ApiPropertyOptional({ enum: ANSWER_FEEDBACK_REASONS, isArray: true, description: 'Why the answer was not useful (only with rating not-useful)' })
  @IsOptional()
  @IsArray({ message: 'reasons must be a list of reason codes' })
  @ArrayMaxSize(ANSWER_FEEDBACK_REASONS.length, { message: `reasons lists at most ${ANSWER_FEEDBACK_REASONS.length} codes` })
  @ArrayUnique({ message: 'reasons must not repeat a code' })
  @IsIn(ANSWER_FEEDBACK_REASONS, { each: true, message: `each of reasons must be one of: ${ANSWER_FEEDBACK_REASONS.join(', ')}` })
  reasons?: AnswerFeedbackReason[];
}
