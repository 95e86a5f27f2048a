import { BadRequestException, ValidationPipe, type ArgumentMetadata } from '@nestjs/common';
import { findUnsafeString } from './unsafe-string.util';

/**
 * The one validation pipe of the API: before any DTO rule, every string of a body, query or route
 * parameter is checked for NUL and lone surrogates, whatever the DTO (or if there is none), so no
 * route can hand PostgreSQL text it refuses with a 500.
 */
export class MedLocalValidationPipe extends ValidationPipe {
  constructor() {
    super({ whitelist: true, forbidNonWhitelisted: true, transform: true, stopAtFirstError: false });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' || metadata.type === 'query' || metadata.type === 'param') {
      const found = findUnsafeString({ value, path: metadata.data ?? '' });
      if (found) throw new BadRequestException(`${found.path} ${found.problem}`);
    }
    return super.transform(value, metadata);
  }
}
