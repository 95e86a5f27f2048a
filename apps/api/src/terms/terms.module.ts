import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config';
import { createTermEngine, TERM_ENGINE } from './term-engine.factory';
import { TermsController } from './terms.controller';

/** One term engine for the process: shipped dictionary plus the hospital's imported terminology. */
@Module({
  controllers: [TermsController],
  providers: [{ provide: TERM_ENGINE, inject: [APP_CONFIG], useFactory: (config: AppConfig) => createTermEngine(config) }],
  exports: [TERM_ENGINE],
})
export class TermsModule {}
