import { Inject, Module, type BeforeApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config';
import { drainBudgetOf, InFlightQuestions } from './in-flight-questions';

/**
 * The one register of questions in flight, shared by chat and /v1 (imported by both, so one
 * instance). `runUntilSignalled` drains it before anything closes; the hook covers an `app.close()`
 * from elsewhere (tests) and finds nothing left after a signal.
 */
@Module({ providers: [InFlightQuestions], exports: [InFlightQuestions] })
export class QuestionDrainModule implements BeforeApplicationShutdown {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly inFlight: InFlightQuestions,
  ) {}

  async beforeApplicationShutdown(): Promise<void> {
    await this.inFlight.drain(drainBudgetOf(this.config.http.shutdownGraceMs));
  }
}
