import { ensureDemoModel, DEMO_SLIDING_WINDOW } from '@medlocal/demo-model';
import { collectInferenceEvents } from './collect-inference-events.util';
import type { ChatMessage, InferenceRequest } from './inference.port';
import { LocalInferenceEngine } from './local-inference.engine';
import { createDemoEngine, withDemoModelDir } from './testing/demo-engine.fixture';

// Gemma 3 (MedGemma) uses sliding-window attention: llama.cpp keeps only the window on SWA
// layers unless swaFullCache is set, so reuse past the window depends on prompt checkpoints.
describe(`${LocalInferenceEngine.name} on a sliding-window (Gemma 3) model`, () => {
  let modelDir: Awaited<ReturnType<typeof withDemoModelDir>>;
  let gemma3Path: string;

  beforeAll(async () => {
    modelDir = await withDemoModelDir(ensureDemoModel);
    gemma3Path = await ensureDemoModel(modelDir.dir, 42, 'gemma3');
  });
  afterAll(() => modelDir.cleanup());

  for (const swaFullCache of [false, true]) {
    it(`reuses the conversation past the ${DEMO_SLIDING_WINDOW}-token window with swaFullCache ${swaFullCache}, and answers as a full prefill would`, async () => {
      const sut = await createDemoEngine(gemma3Path, { parallel: 1, swaFullCache });
      const history: ChatMessage[] = [
        { role: 'system', content: 'You are a clinical assistant. Answer with definition, mechanism, differential and recommendation.' },
        { role: 'user', content: 'A 65 years old male patient, blood pressure 160/100 mmHg. Cause?' },
      ];
      try {
        expect((await sut.getStatus()).model.architecture).toBe('gemma3');
        let previousPrompt = 0;
        for (let turn = 0; turn < 3; turn++) {
          const request: InferenceRequest = { messages: [...history], maxTokens: 24, sampling: { temperature: 0 } };
          const reused = await collectInferenceEvents({ events: sut.generate({ ...request, conversationId: 'swa' }) });
          const usage = reused.done?.usage;
          expect(usage).toBeDefined();
          if (!usage) return;
          expect(usage.reusedTokens).toBeGreaterThanOrEqual(previousPrompt);
          if (turn > 0) expect(usage.reusedTokens).toBeGreaterThan(DEMO_SLIDING_WINDOW);

          const reference = await createDemoEngine(gemma3Path, { parallel: 1, swaFullCache: true });
          const full = await collectInferenceEvents({ events: reference.generate(request) });
          await reference.dispose();
          expect(full.done?.usage.reusedTokens).toBe(0);
          expect(reused.answer).toBe(full.answer);

          previousPrompt = usage.promptTokens;
          // A fixed model turn (not the generated one) keeps the reference prompt token-identical.
          history.push({ role: 'assistant', content: 'Noted.' }, { role: 'user', content: `Follow-up ${turn}: and the potassium level?` });
        }
      } finally {
        await sut.dispose();
      }
    });
  }
});
