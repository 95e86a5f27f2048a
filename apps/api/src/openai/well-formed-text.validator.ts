import { ValidateBy, type ValidationOptions } from 'class-validator';
import { gbnfLimitViolation } from '@medlocal/inference';

// One character at a time, no nested quantifiers: linear on any input.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Text that native code (the tokenizer, llama.cpp's grammar parser) and the audit HMAC see as the
 * caller wrote it: no NUL, which C strings end at, and no lone UTF-16 surrogate, which has no UTF-8 form.
 */
export function IsWellFormedText(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isWellFormedText',
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || (!value.includes('\u0000') && !LONE_SURROGATE.test(value)),
        defaultMessage: (args) => `${args?.property ?? 'text'} must be well-formed Unicode text without NUL characters`,
      },
    },
    options,
  );
}

/** A GBNF grammar within the nesting, rule and size limits llama.cpp can parse safely; the message names the limit. */
export function IsGbnfWithinLimits(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isGbnfWithinLimits',
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || gbnfLimitViolation({ grammar: value }) === null,
        defaultMessage: (args) => `${args?.property ?? 'grammar'}: ${gbnfLimitViolation({ grammar: String(args?.value) }) ?? 'grammar is outside its limits'}`,
      },
    },
    options,
  );
}
