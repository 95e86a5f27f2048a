import { randomInt } from 'node:crypto';
import { basename } from 'node:path';
import type { Llama, LlamaContext, LlamaContextSequence, LlamaGrammar, LlamaModel, Token } from 'node-llama-cpp' with { 'resolution-mode': 'import' };
import { defaultThreadCount } from './default-threads.util';
import { DEMO_MODEL_NAME } from './demo-model-name';
import { DEFAULT_PREFILL_CHUNK_TOKENS_CPU, INFERENCE_DEFAULTS, type GpuPreference, type InferenceEngineConfig } from './inference-config';
import type { GpuType, InferenceStatus } from './inference-status';
import { InferenceError, InferenceErrorCode } from './inference.errors';
import type { FinishReason, InferenceEngine, InferenceEvent, InferenceRequest } from './inference.port';
import { MEDGEMMA_CHAT_WRAPPER_NAME, renderMedGemmaPrompt } from './medgemma-prompt';
import { gbnfProblem } from './gbnf-limits.util';
import { GenerationProgress, type GenerationProgressSnapshot } from './generation-progress';
import { enabledCpuFeatures, inferenceRuntimeStatus, type InferenceRuntimeStatus } from './llama-build';
import { assertGgufModelFile } from './model-file.util';
import { describeLoadedModelFile, ModelFileWatch } from './model-file-watch';
import { guardNativeSampling, NO_TOKEN_SAMPLED } from './native-sampling-guard';
import { prefillChunkingStrategy } from './prefill-chunking.strategy';
import { SequencePool, type SequenceLease } from './sequence-pool';
import { DEFAULT_THOUGHT_MARKERS, ThoughtStreamParser, type ThoughtMarker } from './thought-stream-parser';
import { TokenTextDecoder } from './token-text-decoder';

const DEFAULT_SAMPLING = { temperature: 0.3, topK: 40, topP: 0.95 } as const;
const OFFLOAD_SLOWDOWN_NOTE = 'CPU offload is several times slower than a full GPU load';
const MAX_CACHED_GRAMMARS = 16;
const MAX_REMEMBERED_CONVERSATIONS = 1024;
const MAX_REMEMBERED_ANSWERS = 64;

interface LoadedRuntime {
  llama: Llama;
  model: LlamaModel;
  gpuFallbackReason: string | null;
}

interface ResolvedSettings {
  modelPath: string;
  modelName: string;
  sizeBytes: number;
  threads: number;
  maxTokens: number;
  thoughtBudgetTokens: number;
  thoughtMarkers: readonly ThoughtMarker[];
}

/** Loaded lazily: node-llama-cpp is ESM-only and pulls native bindings. */
async function importNodeLlamaCpp(): Promise<typeof import('node-llama-cpp', { with: { 'resolution-mode': 'import' } })> {
  // ESM-only with top-level await: loaded natively, never bundled into the API's CommonJS build.
  return import(/* webpackIgnore: true */ 'node-llama-cpp');
}

function describeError(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? 'unknown error';
}

async function loadRuntime(config: InferenceEngineConfig): Promise<LoadedRuntime> {
  const { getLlama, LlamaLogLevel } = await importNodeLlamaCpp();
  const gpu: GpuPreference = config.gpu ?? INFERENCE_DEFAULTS.gpu;
  const baseOptions = { build: 'never', logLevel: LlamaLogLevel.error, maxThreads: config.threads ?? 1 } as const;
  const loadModel = (llama: Llama, gpuLayers: InferenceEngineConfig['gpuLayers']): Promise<LlamaModel> =>
    llama.loadModel({
      modelPath: config.modelPath,
      gpuLayers: gpuLayers ?? INFERENCE_DEFAULTS.gpuLayers,
      useMmap: config.useMmap ?? INFERENCE_DEFAULTS.useMmap,
    });

  let gpuFallbackReason: string | null = null;
  let llama: Llama;
  try {
    llama = await getLlama({ ...baseOptions, gpu });
  } catch (error) {
    if (gpu === false) throw error;
    gpuFallbackReason = `GPU backend "${gpu}" unavailable (${describeError(error)})`;
    llama = await getLlama({ ...baseOptions, gpu: false });
  }
  try {
    return { llama, model: await loadModel(llama, config.gpuLayers), gpuFallbackReason };
  } catch (error) {
    if (llama.gpu === false) throw error;
    // Typically VRAM exhaustion or a driver problem: the model still works on the CPU.
    await llama.dispose();
    const cpuLlama = await getLlama({ ...baseOptions, gpu: false });
    return {
      llama: cpuLlama,
      model: await loadModel(cpuLlama, 0),
      gpuFallbackReason: `model failed to load on ${llama.gpu} (${describeError(error)})`,
    };
  }
}

export async function createLocalEngine(config: InferenceEngineConfig): Promise<LocalInferenceEngine> {
  const { sizeBytes } = await assertGgufModelFile({ path: config.modelPath });
  const modelFile = new ModelFileWatch(await describeLoadedModelFile({ path: config.modelPath }), {
    intervalMs: config.modelFileCheckIntervalMs ?? INFERENCE_DEFAULTS.modelFileCheckIntervalMs,
  });
  let runtime: LoadedRuntime;
  try {
    runtime = await loadRuntime(config);
  } catch (error) {
    throw new InferenceError(
      InferenceErrorCode.ModelLoadFailed,
      `model file ${config.modelPath}: llama.cpp could not load it (${describeError(error)})`,
      {},
      { cause: error },
    );
  }
  const { llama, model } = runtime;
  const threads = config.threads ?? defaultThreadCount({ openmp: enabledCpuFeatures(llama.systemInfo).includes('OPENMP'), modelBytes: sizeBytes });
  llama.maxThreads = threads;
  const parallel = config.parallel ?? INFERENCE_DEFAULTS.parallel;
  const contextSize = config.contextSize ?? Math.min(model.trainContextSize, INFERENCE_DEFAULTS.maxContextSize);
  let context: LlamaContext;
  try {
    context = await model.createContext({
      contextSize,
      sequences: parallel,
      threads,
      swaFullCache: config.swaFullCache ?? INFERENCE_DEFAULTS.swaFullCache,
      batching: {
        itemPrioritizationStrategy: prefillChunkingStrategy(config.prefillChunkTokens ?? (llama.gpu === false ? DEFAULT_PREFILL_CHUNK_TOKENS_CPU : null)),
      },
    });
  } catch (error) {
    await model.dispose();
    await llama.dispose();
    throw new InferenceError(
      InferenceErrorCode.ModelLoadFailed,
      `model file ${config.modelPath}: no memory for ${parallel} x ${contextSize}-token context (${describeError(error)})`,
      {},
      { cause: error },
    );
  }
  try {
    guardNativeSampling(context);
  } catch (error) {
    await context.dispose();
    await model.dispose();
    await llama.dispose();
    throw new InferenceError(InferenceErrorCode.ModelLoadFailed, describeError(error), {}, { cause: error });
  }
  const sequences = Array.from({ length: parallel }, () => context.getSequence());
  const queueMax = config.queueMax ?? INFERENCE_DEFAULTS.queueMax;
  const pool = new SequencePool(sequences, {
    queueMax,
    queueTimeoutMs: config.queueTimeoutMs ?? INFERENCE_DEFAULTS.queueTimeoutMs,
    maxConcurrentPerCaller: config.maxConcurrentPerCaller ?? INFERENCE_DEFAULTS.maxConcurrentPerCaller,
    queueMaxPerCaller: config.queueMaxPerCaller ?? defaultQueueMaxPerCaller(queueMax),
    callerGroups: config.callerGroups,
  });
  const metadataName = model.fileInfo.metadata?.general?.name;
  return new LocalInferenceEngine(runtime, context, pool, modelFile, {
    modelPath: config.modelPath,
    modelName: config.modelName ?? metadataName ?? basename(config.modelPath),
    sizeBytes,
    threads,
    maxTokens: INFERENCE_DEFAULTS.maxTokens,
    thoughtBudgetTokens: config.thoughtBudgetTokens ?? INFERENCE_DEFAULTS.thoughtBudgetTokens,
    thoughtMarkers: config.thoughtMarkers ?? DEFAULT_THOUGHT_MARKERS,
  });
}

/** llama.cpp in this process: one model, one context, `parallel` sequences batched together. */
export class LocalInferenceEngine implements InferenceEngine {
  readonly kind = 'local';
  private readonly grammars = new Map<string, LlamaGrammar>();
  /**
   * conversationId -> answer text -> the tokens generated for it. Re-tokenising an answer's text
   * rarely gives back the sampled tokens, which would end KV reuse at the previous answer.
   */
  private readonly generatedAnswers = new Map<string, Map<string, Token[]>>();
  private readonly llama: Llama;
  private readonly model: LlamaModel;
  /**
   * SentencePiece vocabularies that add a space prefix drop a token's leading space when it is
   * detokenised alone, so node-llama-cpp must re-detokenise it after its predecessors (~10-20 µs
   * per token). Gemma's vocabulary does not add the prefix, so single tokens decode as they are.
   */
  private readonly detokenizeNeedsContext: boolean;
  private readonly runtimeStatus: InferenceRuntimeStatus;
  /** A token, or a new batch of a prompt handed to llama.cpp, is progress (tokenMeter counts a batch as it is formed). */
  private readonly generationProgress = new GenerationProgress({
    work: () => this.pool.sequences.reduce((sum, sequence) => sum + sequence.tokenMeter.usedInputTokens + sequence.tokenMeter.usedOutputTokens, 0),
  });

  constructor(
    private readonly runtime: LoadedRuntime,
    private readonly context: LlamaContext,
    private readonly pool: SequencePool<LlamaContextSequence>,
    private readonly modelFile: ModelFileWatch,
    private readonly settings: ResolvedSettings,
  ) {
    this.llama = runtime.llama;
    this.model = runtime.model;
    const tokenizer = this.model.fileInfo.metadata?.tokenizer?.ggml as { model?: string; add_space_prefix?: boolean } | undefined;
    this.detokenizeNeedsContext = tokenizer?.model !== 'llama' || tokenizer.add_space_prefix !== false;
    this.runtimeStatus = inferenceRuntimeStatus(this.llama, settings.threads);
  }

  get contextSize(): number {
    return this.context.contextSize;
  }

  /** Sequences generating and requests waiting now (status, metrics, tests). */
  get queueDepth(): { generating: number; waiting: number } {
    return { generating: this.pool.busy, waiting: this.pool.waiting };
  }

  /** Generations in flight and how long since any of them moved: a token or a prompt batch (health's stall check). */
  get progress(): GenerationProgressSnapshot {
    return this.generationProgress.snapshot();
  }

  get threads(): number {
    return this.settings.threads;
  }

  get chatWrapperName(): string {
    return MEDGEMMA_CHAT_WRAPPER_NAME;
  }

  async tokenize(text: string): Promise<number[]> {
    return [...this.model.tokenize(text, false)];
  }

  async countTokens(text: string): Promise<number> {
    return this.model.tokenize(text, false).length;
  }

  /**
   * The exact tokens a request's messages become: template pieces as control tokens, and model
   * turns this engine generated for the conversation as the tokens it sampled.
   */
  tokenizePrompt(messages: InferenceRequest['messages'], conversationId?: string): Token[] {
    const answers = conversationId === undefined ? undefined : this.generatedAnswers.get(conversationId);
    return renderMedGemmaPrompt(messages).flatMap((segment) => {
      const generated = segment.modelTurn ? answers?.get(segment.text) : undefined;
      return generated ?? this.model.tokenize(segment.text, segment.special);
    });
  }

  private rememberAnswer(conversationId: string, answer: string, tokens: Token[]): void {
    let answers = this.generatedAnswers.get(conversationId);
    if (answers) this.generatedAnswers.delete(conversationId);
    answers ??= new Map();
    this.generatedAnswers.set(conversationId, answers);
    answers.set(answer.trim(), tokens);
    if (answers.size > MAX_REMEMBERED_ANSWERS) answers.delete(answers.keys().next().value as string);
    if (this.generatedAnswers.size > MAX_REMEMBERED_CONVERSATIONS) {
      this.generatedAnswers.delete(this.generatedAnswers.keys().next().value as string);
    }
  }

  async closeConversation(conversationId: string): Promise<void> {
    this.generatedAnswers.delete(conversationId);
    const idleSequence = this.pool.forget(conversationId);
    // Patient text must not linger in the KV cache once the conversation is closed.
    if (idleSequence) await idleSequence.clearHistory();
  }

  async *generate(request: InferenceRequest, signal?: AbortSignal): AsyncGenerator<InferenceEvent> {
    const startedAt = performance.now();
    const promptTokens = this.tokenizePrompt(request.messages, request.conversationId);
    if (promptTokens.length >= this.contextSize) {
      throw new InferenceError(
        InferenceErrorCode.PromptTooLong,
        `prompt is ${promptTokens.length} tokens but the context holds ${this.contextSize} tokens per conversation`,
      );
    }
    const grammar = request.grammar ? await this.loadGrammar(request.grammar) : null;

    let lease: SequenceLease<LlamaContextSequence>;
    try {
      lease = await this.pool.acquire(request.conversationId ?? null, signal, request.callerId);
    } catch (error) {
      if (signal?.aborted) {
        yield cancelledBeforeStart(promptTokens.length, performance.now() - startedAt);
        return;
      }
      throw error;
    }
    this.generationProgress.begin();
    try {
      yield* this.generateOnSequence(request, promptTokens, grammar, lease, startedAt, signal);
    } finally {
      this.generationProgress.end();
      lease.release();
    }
  }

  get modelName(): string {
    return this.settings.modelName;
  }

  async getStatus(): Promise<InferenceStatus> {
    const gpuType = this.llama.gpu as GpuType;
    const [devices, vram] = gpuType === false ? [[], { total: 0, free: 0 }] : await Promise.all([this.llama.getGpuDeviceNames(), this.llama.getVramState()]);
    const totalLayers = this.model.fileInsights.totalLayers;
    const gpuLayers = this.model.gpuLayers;
    return {
      model: {
        name: this.settings.modelName,
        file: this.settings.modelPath,
        sizeBytes: this.settings.sizeBytes,
        architecture: String(this.model.fileInfo.metadata?.general?.architecture ?? 'unknown'),
        contextSize: this.contextSize,
        trainContextSize: this.model.trainContextSize,
        loaded: !this.model.disposed,
        demo: this.model.fileInfo.metadata?.general?.name === DEMO_MODEL_NAME,
        gpuLayers,
        totalLayers,
        offloadWarning: this.offloadWarning(gpuType, gpuLayers, totalLayers),
        chatWrapper: MEDGEMMA_CHAT_WRAPPER_NAME,
        error: await this.modelFile.problem(),
      },
      gpu: { available: gpuType !== false, type: gpuType, devices, vramTotal: vram.total, vramFree: vram.free },
      inferenceRuntime: this.runtimeStatus,
    };
  }

  async dispose(): Promise<void> {
    this.pool.close();
    await this.context.dispose();
    await this.model.dispose();
    await this.llama.dispose();
  }

  private offloadWarning(gpuType: GpuType, gpuLayers: number, totalLayers: number): string | null {
    if (this.runtime.gpuFallbackReason) return `${this.runtime.gpuFallbackReason}; running on CPU only, ${OFFLOAD_SLOWDOWN_NOTE}`;
    if (gpuType !== false && gpuLayers < totalLayers) {
      return `only ${gpuLayers} of ${totalLayers} layers fit in GPU memory; ${OFFLOAD_SLOWDOWN_NOTE}`;
    }
    return null;
  }

  private async loadGrammar(text: string): Promise<LlamaGrammar> {
    const cached = this.grammars.get(text);
    if (cached) return cached;
    // Checked before llama.cpp parses it: a deep enough grammar overflows its native stack.
    // Also refuses grammars that can match nothing, which make llama.cpp's sampler throw mid-answer.
    const problem = gbnfProblem({ grammar: text });
    if (problem) throw new InferenceError(problem.kind === 'limit' ? InferenceErrorCode.GrammarTooComplex : InferenceErrorCode.GrammarInvalid, problem.message);
    let grammar: LlamaGrammar;
    try {
      grammar = await this.llama.createGrammar({ grammar: text });
    } catch (error) {
      throw new InferenceError(InferenceErrorCode.GrammarInvalid, `GBNF grammar rejected: ${describeError(error)}`, {}, { cause: error });
    }
    if (this.grammars.size >= MAX_CACHED_GRAMMARS) this.grammars.delete(this.grammars.keys().next().value as string);
    this.grammars.set(text, grammar);
    return grammar;
  }

  /**
   * Keeps the longest common prefix of what the sequence already holds and erases the rest.
   * At least one prompt token is always evaluated: generation needs its logits.
   */
  private async reusePrefix(sequence: LlamaContextSequence, promptTokens: Token[]): Promise<number> {
    await sequence.adaptStateToTokens(promptTokens, false);
    const reusable = Math.min(sequence.nextTokenIndex, promptTokens.length - 1);
    if (sequence.nextTokenIndex > reusable) {
      await sequence.eraseContextTokenRanges([{ start: reusable, end: sequence.nextTokenIndex }]);
    }
    return sequence.nextTokenIndex;
  }

  private async *generateOnSequence(
    request: InferenceRequest,
    promptTokens: Token[],
    grammar: LlamaGrammar | null,
    lease: SequenceLease<LlamaContextSequence>,
    startedAt: number,
    signal: AbortSignal | undefined,
  ): AsyncGenerator<InferenceEvent> {
    const { LlamaGrammarEvaluationState } = await importNodeLlamaCpp();
    const sequence = lease.sequence;
    let parser = new ThoughtStreamParser(this.settings.thoughtMarkers);
    let decoder = new TokenTextDecoder((tokens, lastTokens) =>
      this.detokenizeNeedsContext ? this.model.detokenize(tokens, true, lastTokens) : this.model.detokenize(tokens, true),
    );
    const thoughtBudget = request.thoughtBudgetTokens ?? this.settings.thoughtBudgetTokens;
    const maxTokens = Math.min(request.maxTokens ?? this.settings.maxTokens, this.contextSize - promptTokens.length);
    let reusedTokens = 0;
    let generatedTokens = 0;
    let thoughtTokens = 0;
    let firstTokenAt: number | null = null;
    let finishReason: FinishReason = 'stop';
    const generated: Token[] = [];
    let answerText = '';

    // node-llama-cpp silently re-evaluates the kept prefix when an erase reaches before the SWA
    // window; its token meter counts every evaluated input token, so usage reports the truth.
    const inputTokensBefore = sequence.tokenMeter.usedInputTokens;
    // A grammar shapes the answer, not the reasoning: it applies once the thought has closed,
    // or from the first answer token when the model answers without thinking; unless it covers
    // the thought too (the demo model's), then it applies from the first token.
    let grammarActive = grammar !== null && request.grammarCoversThought === true;
    let restarted = false;
    try {
      const keptTokens = await this.reusePrefix(sequence, promptTokens);
      // On SWA models without swaFullCache, node-llama-cpp checkpoints the sequence itself when
      // generation starts and restores from there on the next turn (measured in swa-kv-reuse.spec).
      let pending = promptTokens.slice(keptTokens);
      const sampling = { ...DEFAULT_SAMPLING, ...request.sampling };
      // An answer asked without a seed gets one of its own. node-llama-cpp would seed it from the clock's current second,
      // again each second: answers begun in the same second would share their random draws, and the sampler's settings
      // would be handed to llama.cpp anew for every token (a fixed seed lets them be handed over once per answer).
      const seed = sampling.seed ?? randomInt(2 ** 32);
      for (;;) {
        let restartWith: Token[] | null = null;
        const tokens = sequence.evaluate(pending, {
          temperature: sampling.temperature,
          topK: sampling.topK,
          topP: sampling.topP,
          seed,
          grammarEvaluationState: grammar && grammarActive ? new LlamaGrammarEvaluationState({ model: this.model, grammar }) : undefined,
        });
        // The next token is asked for (and its decode starts) as soon as this token is known to be followed by
        // one, before its text is handed on: the consumer's work (SSE framing, the socket write) then runs beside
        // llama.cpp instead of between two of its steps, as llama-server's HTTP thread runs beside its decode thread.
        const nextTokens = tokens[Symbol.asyncIterator]();
        const askForNextToken = () => {
          const asked = nextTokens.next();
          // Awaited later, maybe after the consumer held a token's text across event-loop turns: a decode that fails
          // meanwhile must not count as an unhandled rejection. The await below still throws it.
          asked.catch(() => undefined);
          return asked;
        };
        let nextToken = askForNextToken();
        try {
          for (;;) {
            const step = await nextToken;
            if (step.done) break;
            const token = step.value;
            this.generationProgress.token();
            if (signal?.aborted) {
              finishReason = 'cancelled';
              break;
            }
            if (firstTokenAt === null) {
              firstTokenAt = performance.now();
              if (!restarted) {
                // The meter books the last prompt token (the one whose logits are sampled) as output.
                const evaluated = sequence.tokenMeter.usedInputTokens - inputTokensBefore + 1;
                reusedTokens = Math.max(0, promptTokens.length - evaluated);
              }
            }
            generatedTokens++;
            generated.push(token);
            const segments = parser.feed(decoder.push(token));
            if (grammar && !grammarActive && !parser.inThought) {
              if (parser.sawThought) {
                // The thought just closed: keep it, drop any free text after it, go on under the grammar.
                for (const segment of segments) if (segment.type === 'thought') yield segment;
                restartWith = [token];
                generated.length = 0;
              } else if (segments.some((segment) => segment.type === 'answer')) {
                // Answering without a thought: take back what was sampled freely, start the answer under the grammar.
                const lastPromptIndex = promptTokens.length - 1;
                await sequence.eraseContextTokenRanges([{ start: lastPromptIndex, end: sequence.nextTokenIndex }]);
                restartWith = [promptTokens[lastPromptIndex] as Token];
                // Nothing taken back was shown: it counts neither as generated nor as the first token.
                generatedTokens -= generated.length;
                firstTokenAt = null;
                parser = new ThoughtStreamParser(this.settings.thoughtMarkers);
                decoder = new TokenTextDecoder((tokens, lastTokens) => this.model.detokenize(tokens, true, lastTokens));
                generated.length = 0;
              }
              if (restartWith) break;
            }
            if (parser.inThought) thoughtTokens++;
            const stopAfterThis: FinishReason | null =
              parser.inThought && thoughtTokens >= thoughtBudget ? 'thought-budget' : generatedTokens >= maxTokens ? 'length' : null;
            if (!stopAfterThis) {
              nextToken = askForNextToken();
            }
            for (const segment of segments) {
              if (segment.type === 'answer') answerText += segment.delta;
              yield segment;
            }
            if (stopAfterThis) {
              finishReason = stopAfterThis;
              break;
            }
          }
        } finally {
          // A token asked for and never taken (a cancelled answer, a consumer that stopped reading) is waited for, so the
          // sequence is idle before it is handed back (a token already taken is settled: this returns at once); then
          // node-llama-cpp's generator is closed as a loop would close it.
          await nextToken.catch(() => undefined);
          await nextTokens.return?.(undefined);
        }
        if (!restartWith) break;
        grammarActive = true;
        restarted = true;
        pending = restartWith;
      }
      if (finishReason !== 'cancelled') {
        for (const segment of [...parser.feed(decoder.flush()), ...parser.end()]) {
          if (segment.type === 'answer') answerText += segment.delta;
          yield segment;
        }
        // An unclosed thought is never an answer, whatever stopped the generation.
        if (parser.inThought) finishReason = 'thought-budget';
      }
      // Thoughts are dropped from the history (Gemma's template does), so only thought-free answers line up.
      if (request.conversationId !== undefined && !parser.sawThought && answerText.trim() && (finishReason === 'stop' || finishReason === 'length')) {
        this.rememberAnswer(request.conversationId, answerText, generated);
      }
    } catch (error) {
      finishReason = signal?.aborted ? 'cancelled' : 'error';
      if (finishReason === 'error') {
        // A grammar that admits nothing the model can write next: the caller's grammar, not the engine, failed.
        const grammarDeadEnd = grammarActive && NO_TOKEN_SAMPLED.test(describeError(error));
        yield grammarDeadEnd
          ? {
              type: 'error',
              code: InferenceErrorCode.GrammarInvalid,
              message: 'the grammar admits nothing the model can write next (it matches no text the model can produce)',
            }
          : { type: 'error', code: InferenceErrorCode.GenerationFailed, message: describeError(error) };
      }
    }
    const endedAt = performance.now();
    yield {
      type: 'done',
      finishReason,
      usage: {
        promptTokens: promptTokens.length,
        reusedTokens,
        evaluatedTokens: promptTokens.length - reusedTokens,
        generatedTokens,
        thoughtTokens,
      },
      timings: {
        queueMs: lease.queueMs,
        queue: lease.ticket,
        firstTokenMs: firstTokenAt === null ? null : firstTokenAt - startedAt,
        totalMs: endedAt - startedAt,
        tokensPerSecond: firstTokenAt !== null && generatedTokens > 1 ? ((generatedTokens - 1) * 1000) / (endedAt - firstTokenAt) : 0,
      },
    };
  }
}

/** A caller's share of the queue: a quarter, so four busy callers can fill it, but not one alone. */
function defaultQueueMaxPerCaller(queueMax: number): number {
  return Math.max(1, Math.ceil(queueMax / 4));
}

function cancelledBeforeStart(promptTokens: number, queueMs: number): InferenceEvent {
  return {
    type: 'done',
    finishReason: 'cancelled',
    usage: { promptTokens, reusedTokens: 0, evaluatedTokens: 0, generatedTokens: 0, thoughtTokens: 0 },
    timings: { queueMs, firstTokenMs: null, totalMs: queueMs, tokensPerSecond: 0 },
  };
}
