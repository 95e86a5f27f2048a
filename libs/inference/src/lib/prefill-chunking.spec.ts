import { ensureDemoModel } from '@medlocal/demo-model';
import type { InferenceEvent } from './inference.port';
import { countTokensPerDecode } from './testing/decode-batches.fixture';
import { fixedLengthGrammar, useDemoEngine } from './testing/demo-engine.fixture';

const CHUNK = 64;
/** Long enough that the long question is read in while it still streams, however slow the machine. */
const RUNNING_ANSWER_TOKENS = 2500;

const isToken = (event: InferenceEvent) => event.type === 'answer' || event.type === 'thought';
const longGrammar = (length: number) => `root ::= chunk{${Math.ceil(length / 200)}}\nchunk ::= [a-z ]{200}`;

/**
 * A long question (a pasted discharge letter) arriving while another answer streams: llama.cpp reads a prompt
 * in batches of up to 512 tokens, and one such step on a CPU takes seconds, during which the running answer
 * gets no token (an outside tester measured 8.2 s of silence). While any answer is generating, a step takes
 * at most `prefillChunkTokens` prompt tokens beside one token of every running answer.
 */
describe('a long prompt read in while another answer streams', () => {
  const engine = useDemoEngine(ensureDemoModel, { parallel: 2, contextSize: 8192, prefillChunkTokens: CHUNK });

  it(`takes at most ${CHUNK} prompt tokens a step, each beside a token of the running answer`, { timeout: 120_000 }, async () => {
    let firstRunningToken!: () => void;
    const running = new Promise<void>((resolve) => (firstRunningToken = resolve));
    let runningDone = false;
    const runningAnswer = (async () => {
      for await (const event of engine().generate({
        messages: [{ role: 'user', content: 'Explain the differential diagnosis of chest pain in detail' }],
        grammar: longGrammar(RUNNING_ANSWER_TOKENS * 16),
        maxTokens: RUNNING_ANSWER_TOKENS,
        sampling: { temperature: 0.8, seed: 7 },
      })) {
        if (isToken(event)) firstRunningToken();
      }
      runningDone = true;
    })();
    await running;

    const sizes = countTokensPerDecode(engine());
    const letter = Array.from({ length: 40 }, (_, line) => `第${line + 1}天：患者体温37.${line % 10}℃，血压128/76mmHg，继续原方案治疗。`).join('\n');
    for await (const event of engine().generate({
      messages: [{ role: 'user', content: `${letter}\n请总结病程。` }],
      grammar: fixedLengthGrammar(64),
      maxTokens: 4,
      sampling: { temperature: 0.8, seed: 8 },
    })) {
      if (isToken(event)) break;
    }
    const duringPrefill = [...sizes];
    expect(runningDone, 'the running answer ended before the long prompt was read').toBe(false);
    await runningAnswer;

    const shape = `tokens per decode step while the long prompt was read: ${duringPrefill.join(',')}`;
    expect(Math.max(...duringPrefill), shape).toBeLessThanOrEqual(CHUNK + 1);
    // The prompt was long (many chunks), and its chunks went in beside the running answer's token.
    const chunkSteps = duringPrefill.filter((size) => size === CHUNK + 1).length;
    expect(chunkSteps, shape).toBeGreaterThanOrEqual(8);
  });
});
