import { ensureDemoModel } from '@medlocal/demo-model';
import type { InferenceEvent } from './inference.port';
import { streamFixedLengthAnswers } from './testing/decode-batches.fixture';
import { fixedLengthGrammar, useDemoEngine } from './testing/demo-engine.fixture';

/** Long enough that the late question, however slow the machine, is asked while it still streams. */
const LONG_ANSWER_TOKENS = 2500;

const isToken = (event: InferenceEvent) => event.type === 'answer' || event.type === 'thought';
/** At least `length` characters the demo model cannot end early; nested, so llama.cpp builds a small grammar. */
const longGrammar = (length: number) => `root ::= chunk{${Math.ceil(length / 200)}}\nchunk ::= [a-z ]{200}`;

/**
 * A clinician's question that arrives while another answer streams must start at once on a free sequence. A free
 * sequence that held an earlier conversation first erases what it no longer shares with the new prompt, and that
 * erase waits for the context lock, which node-llama-cpp's decode loop held from step to step for as long as any
 * answer kept generating: the late question got its first token only when the running answer ended.
 */
describe('a question asked while another answer streams', () => {
  const engine = useDemoEngine(ensureDemoModel, { parallel: 2, contextSize: 8192 });

  it('gets its first token before the running answer ends, on a sequence that held another conversation', { timeout: 120_000 }, async () => {
    // Both sequences now hold an earlier conversation: a new question on either must erase part of it.
    await streamFixedLengthAnswers(engine(), 2, 8);
    const order: string[] = [];
    let firstLongToken!: () => void;
    const longStarted = new Promise<void>((resolve) => (firstLongToken = resolve));
    const long = (async () => {
      for await (const event of engine().generate({
        messages: [{ role: 'user', content: 'Explain the differential diagnosis of chest pain in detail' }],
        grammar: longGrammar(LONG_ANSWER_TOKENS * 16),
        maxTokens: LONG_ANSWER_TOKENS,
        sampling: { temperature: 0.8, seed: 7 },
      })) {
        if (isToken(event) && !order.includes('long: first token')) {
          order.push('long: first token');
          firstLongToken();
        }
      }
      order.push('long: done');
    })();
    await longStarted;
    for await (const event of engine().generate({
      messages: [{ role: 'user', content: '65岁男性，突发胸痛2小时，V1-V4 ST段抬高' }],
      grammar: fixedLengthGrammar(256),
      maxTokens: 16,
      sampling: { temperature: 0.8, seed: 8 },
    })) {
      if (isToken(event)) {
        order.push('late: first token');
        break;
      }
    }
    await long;
    expect(order).toEqual(['long: first token', 'late: first token', 'long: done']);
  });
});
