import { Module, type OnModuleInit } from '@nestjs/common';
import { shippedTermEngine } from '@medlocal/clinical-terms';
import { TermsController } from './terms.controller';

@Module({ controllers: [TermsController] })
export class TermsModule implements OnModuleInit {
  /** The dictionary automaton is built at start-up, not on a clinician's first question. */
  onModuleInit(): void {
    shippedTermEngine().warmUp();
  }
}
