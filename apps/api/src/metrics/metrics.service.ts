import { Inject, Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { APP_CONFIG, type AppConfig } from '../config';
import { egressRefusals } from '../privacy/egress-guard';

/**
 * Prometheus figures for hospital IT: how many questions, how fast, how many tokens, and the
 * privacy guard's refusals. Counts and timings only — never a label that could carry text.
 */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();

  private readonly questions = new Counter({
    name: 'medlocal_questions_total',
    help: 'Clinical questions answered, by entry point and outcome',
    labelNames: ['entry', 'outcome'] as const,
    registers: [this.registry],
  });

  private readonly latency = new Histogram({
    name: 'medlocal_question_duration_seconds',
    help: 'Time from question to audited answer',
    labelNames: ['entry'] as const,
    buckets: [0.25, 0.5, 1, 2, 5, 10, 20, 40, 80, 160],
    registers: [this.registry],
  });

  private readonly tokens = new Counter({
    name: 'medlocal_tokens_total',
    help: 'Prompt tokens evaluated and tokens generated',
    labelNames: ['direction'] as const,
    registers: [this.registry],
  });

  constructor(@Inject(APP_CONFIG) config: Pick<AppConfig, 'metricsInstance'>) {
    // Every series names its instance, so one dashboard over a fleet tells API instances and nodes apart
    // (the scrape configuration keeps it with honor_labels, see deploy/monitoring/prometheus.yml).
    this.registry.setDefaultLabels({ instance: config.metricsInstance });
    collectDefaultMetrics({ register: this.registry, prefix: 'medlocal_process_' });
    new Gauge({
      name: 'medlocal_egress_refused_total',
      help: 'Outbound connections refused by the egress guard since start-up',
      registers: [this.registry],
      collect() {
        this.set(egressRefusals().length);
      },
    });
  }

  /** A gauge read when scraped, e.g. open conversations or whether the audit store is reachable. */
  gauge(name: string, help: string, read: () => number): void {
    new Gauge({
      name,
      help,
      registers: [this.registry],
      collect() {
        this.set(read());
      },
    });
  }

  observeQuestion(params: { entry: 'chat' | 'v1'; outcome: string; seconds: number; tokensIn: number; tokensOut: number }): void {
    this.questions.inc({ entry: params.entry, outcome: params.outcome });
    this.latency.observe({ entry: params.entry }, params.seconds);
    this.tokens.inc({ direction: 'in' }, params.tokensIn);
    this.tokens.inc({ direction: 'out' }, params.tokensOut);
  }
}
