import { ensureDemoModel } from '@medlocal/demo-model';
import { collectInferenceEvents } from './collect-inference-events.util';
import { InferenceError, InferenceErrorCode } from './inference.errors';
import type { ChatMessage } from './inference.port';
import type { LocalInferenceEngine } from './local-inference.engine';
import { createDemoEngine, withDemoModelDir } from './testing/demo-engine.fixture';

const messages: ChatMessage[] = [{ role: 'user', content: 'Explain AKI' }];
const SEEDED = { temperature: 0.8, seed: 7 };

async function refusal(promise: Promise<unknown>): Promise<InferenceError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InferenceError);
  return error as InferenceError;
}

/**
 * Issue 13, outside re-test of items 3 and 2: grammars that crashed the process through real llama.cpp.
 * A crash here takes the test worker down, so the file fails as loudly as the API did.
 */
describe('grammars that crashed llama.cpp end one request, never the process', () => {
  let modelDir: Awaited<ReturnType<typeof withDemoModelDir>>;
  let sut: LocalInferenceEngine;

  beforeAll(async () => {
    modelDir = await withDemoModelDir(ensureDemoModel);
    sut = await createDemoEngine(modelDir.modelPath, { parallel: 2, queueMax: 4, queueTimeoutMs: 20_000 });
  });

  afterAll(async () => {
    await sut?.dispose();
    await modelDir?.cleanup();
  });

  const generate = (grammar: string, maxTokens = 8) => collectInferenceEvents({ events: sut.generate({ messages, grammar, maxTokens, sampling: SEEDED }) });

  it('refuses 20,000 groups hidden behind a comment ended by \\r (a native stack overflow) before llama.cpp parses them', async () => {
    const grammar = `root ::= ( "a" #\r${'('.repeat(20_000)}"b"${')'.repeat(20_000)}\n)`;
    const refused = await refusal(generate(grammar));
    expect(refused.code).toBe(InferenceErrorCode.GrammarTooComplex);
    expect(refused.message).toContain('deeper than 64');
  });

  it('refuses grammars that can match nothing with GRAMMAR_INVALID naming the problem', async () => {
    const cases: [string, RegExp][] = [
      ['root ::= "\\U7FFFFFFF"', /beyond U\+10FFFF/],
      ['root ::= [z-a]', /reversed/],
      ['root ::= <[1]>', /token references/],
    ];
    for (const [grammar, message] of cases) {
      const refused = await refusal(generate(grammar));
      expect({ grammar, code: refused.code }).toEqual({ grammar, code: InferenceErrorCode.GrammarInvalid });
      expect(refused.message).toMatch(message);
    }
  });

  it('ends a generation whose grammar admits nothing the model can write with an error event, frees the sequence and keeps serving', async () => {
    // Valid GBNF that only a NUL could satisfy: llama.cpp's sampler threw "Unexpected empty grammar
    // stack" as an unhandled rejection, and the generation never settled.
    for (const grammar of ['root ::= [\\x00]', 'root ::= "a" [\\x00]']) {
      const result = await generate(grammar);
      expect({ grammar, errors: result.errors.map((error) => error.code) }).toEqual({ grammar, errors: [InferenceErrorCode.GrammarInvalid] });
      expect(result.errors[0]?.message).toMatch(/grammar/);
      expect(result.done?.finishReason).toBe('error');
      expect(sut.queueDepth).toEqual({ generating: 0, waiting: 0 });
    }
    const after = await generate('root ::= "ok"');
    expect(after.answer).toBe('ok');
    expect(after.done?.finishReason).toBe('stop');
  });
});
