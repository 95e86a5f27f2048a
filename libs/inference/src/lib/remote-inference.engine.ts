import { isDemoModelName } from './demo-model-name';
import { INFERENCE_DEFAULTS } from './inference-config';
import type { InferenceStatus } from './inference-status';
import { InferenceError, InferenceErrorCode } from './inference.errors';
import type { FinishReason, InferenceEngine, InferenceEvent, InferenceRequest, ServedModel, TokenCountOptions } from './inference.port';
import { readSseData } from './sse-data.util';
import { DEFAULT_THOUGHT_MARKERS, ThoughtStreamParser, type ThoughtMarker } from './thought-stream-parser';

export interface RemoteEngineConfig {
  /** OpenAI-style base URL including the version path, e.g. `http://gpu-node:8000/v1`. */
  baseUrl: string;
  apiKey?: string;
  /**
   * The model to ask for, where the server serves several (vLLM checks it; llama-server and a MedLocal node
   * serve one and ignore it). Unset: the first model the server lists. Never what status or the audit
   * report: those say what the server says it serves.
   */
  model?: string;
  /** The remote model's context window; the protocol doesn't report it reliably. */
  contextSize?: number;
  thoughtBudgetTokens?: number;
  thoughtMarkers?: readonly ThoughtMarker[];
  /**
   * Connect + first byte limit (default 150 s: a node answers its headers after its queue, up to its
   * INFERENCE_QUEUE_TIMEOUT_MS of 120 s, and the prompt's prefill). A stream that keeps sending is never cut.
   */
  connectTimeoutMs?: number;
  /** Longest silence inside a stream before the answer ends with an error (default 60 s): a frozen node sends nothing. */
  streamIdleTimeoutMs?: number;
  /** Longest wait for POST /tokenize before the prompt budget is estimated instead (default 5 s). */
  tokenizeTimeoutMs?: number;
}

const DEFAULT_CONNECT_TIMEOUT_MS = 150_000;
const DEFAULT_STREAM_IDLE_TIMEOUT_MS = 60_000;

interface ChatCompletionChunk {
  model?: string;
  choices?: { delta?: { content?: string | null; reasoning_content?: string | null }; finish_reason?: string | null }[];
  usage?: {
    prompt_tokens?: number;
    completion_tokens?: number;
    prompt_tokens_details?: { cached_tokens?: number };
    completion_tokens_details?: { reasoning_tokens?: number };
  } | null;
  error?: { message?: string; code?: string | number };
}

const KNOWN_CODES = new Set<string>(Object.values(InferenceErrorCode));
/**
 * Names the conversation to a balancer in front of several nodes (HAProxy `balance hdr(...)` with
 * consistent hashing), so every turn reaches the node that holds its KV cache. Opaque: the id only.
 */
export const CONVERSATION_HEADER = 'X-MedLocal-Conversation';
/** Reported while the server has not said which model it serves (unreachable, or no model listed). */
const UNKNOWN_REMOTE_MODEL = 'unknown remote model';

/**
 * Tokenizing a prompt touches no model and answers within milliseconds on a live node, a busy one included: past this
 * wait (a frozen node the balancer has not yet marked down) the count is estimated, and the rest of that conversation's
 * prompts are estimated for TOKENIZER_REST_MS without asking, so its question waits once, not once per part. Other
 * conversations are asked as usual: an estimate may undercount, and a node refuses the history that then does not fit.
 */
const DEFAULT_TOKENIZE_TIMEOUT_MS = 5_000;
const TOKENIZER_REST_MS = 30_000;
/** Conversations remembered as resting; past this the oldest are forgotten (a rest only saves waits). */
const MAX_RESTING_CONVERSATIONS = 1_000;
/** Rough UTF-8 bytes per token for Gemma's vocabulary; errs on the high side for English. */
const ESTIMATED_BYTES_PER_TOKEN = 3;
/**
 * How long a status read from `/v1/models` is reused. Every question reads the status, and on a balanced tier the listing
 * may reach a frozen node and wait for the balancer's retry: one read per while, not one per question. A failed read is
 * kept only briefly, so a node that comes back is seen at once.
 */
const STATUS_REUSE_MS = 10_000;
const FAILED_STATUS_REUSE_MS = 1_000;
/** `/v1/models` answers at once on a live server: it touches no model. */
const MODEL_LIST_TIMEOUT_MS = 5_000;
/** How long a server that listed no model is left alone before the next lookup. */
const MODEL_LOOKUP_RETRY_MS = 60_000;

/**
 * What an OpenAI `/v1/models` body says: the model ids in the server's order, and the smallest `max_model_len` listed
 * (vLLM's field; MedLocal nodes give it too), null where none is. Anything else gives none.
 */
function servedModels(body: unknown): { ids: string[]; contextSize: number | null } {
  const data = (body as { data?: unknown } | null)?.data;
  const models: { id?: unknown; max_model_len?: unknown }[] = Array.isArray(data) ? data.filter((model) => model !== null && typeof model === 'object') : [];
  const ids = models.map((model) => model.id).filter((id): id is string => typeof id === 'string' && id.length > 0);
  const sizes = models.map((model) => model.max_model_len).filter((size): size is number => typeof size === 'number' && Number.isInteger(size) && size > 0);
  return { ids, contextSize: sizes.length > 0 ? Math.min(...sizes) : null };
}

export function createRemoteEngine(config: RemoteEngineConfig): RemoteInferenceEngine {
  return new RemoteInferenceEngine(config);
}

/** Any OpenAI-compatible server (vLLM, llama.cpp server, a MedLocal inference node) behind the same port. */
export class RemoteInferenceEngine implements InferenceEngine {
  readonly kind = 'remote';
  /** The context the configuration names (INFERENCE_CONTEXT_SIZE); the servers may hold less. */
  private readonly configuredContextSize: number;
  /** What the server last listed as its context (`max_model_len` on /v1/models: vLLM, MedLocal nodes). */
  private servedContextSize: number | null = null;
  /** The smallest context any node of the tier reported (`limitContextSize`). */
  private tierContextSize: number | null = null;
  private readonly baseUrl: string;
  /** The model id asked for in requests: the configured one, else the first the server listed. */
  private requestModel: string | undefined;
  /** When the last lookup of the served models happened, so a server that lists none is asked again only now and then. */
  private modelLookupAt: number | undefined;
  /** Conversations whose count timed out or found no node, and until when their counts are estimated without asking. */
  private readonly tokenizerRests = new Map<string, number>();
  /** The last status read from the server and until when it is reused (STATUS_REUSE_MS). */
  private statusRead: { status: Promise<InferenceStatus>; reusableUntil: number } | undefined;

  constructor(private readonly config: RemoteEngineConfig) {
    this.baseUrl = config.baseUrl.replace(/\/+$/, '');
    this.configuredContextSize = config.contextSize ?? INFERENCE_DEFAULTS.maxContextSize;
    this.requestModel = config.model;
  }

  /**
   * The context a prompt may fill: the configured one, or less where the server or the smallest node of the tier says
   * it holds less, so a prompt is never sized for a context the node that answers does not have.
   */
  get contextSize(): number {
    return Math.min(this.configuredContextSize, this.servedContextSize ?? Infinity, this.tierContextSize ?? Infinity);
  }

  /** The smallest context the tier's nodes report now (null: none reported one). */
  limitContextSize(tokens: number | null): void {
    this.tierContextSize = tokens !== null && Number.isInteger(tokens) && tokens > 0 ? tokens : null;
  }

  async *generate(request: InferenceRequest, signal?: AbortSignal): AsyncGenerator<InferenceEvent> {
    const startedAt = performance.now();
    const abort = new AbortController();
    const onAbort = (): void => abort.abort(signal?.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      const response = await this.post(request, abort.signal, signal);
      if (!response) {
        yield doneEvent('cancelled', startedAt, null, { promptTokens: 0, reusedTokens: 0, generatedTokens: 0, thoughtTokens: 0 });
        return;
      }
      yield* this.readStream(response, request, startedAt, abort, signal);
    } finally {
      signal?.removeEventListener('abort', onAbort);
      // Closing the connection is what tells the server to stop and free its sequence.
      abort.abort();
    }
  }

  async closeConversation(): Promise<void> {
    // Stateless protocol: the server's prefix cache expires on its own.
  }

  async tokenize(text: string, options?: TokenCountOptions): Promise<number[]> {
    // llama.cpp server and vLLM both serve POST /tokenize next to /v1.
    const root = this.baseUrl.replace(/\/v1$/, '');
    let response: Response;
    const timeoutMs = this.config.tokenizeTimeoutMs ?? DEFAULT_TOKENIZE_TIMEOUT_MS;
    let body: { tokens?: unknown } | null;
    try {
      // The limit covers the body too: a frozen node may send headers and then nothing.
      const signal = AbortSignal.timeout(timeoutMs);
      response = await fetch(`${root}/tokenize`, {
        method: 'POST',
        // Named, the conversation's count is asked of the node that holds it (and answers it): on a balanced tier a
        // frozen node then holds only its own conversations' questions.
        headers: this.headers(options?.conversationId),
        body: JSON.stringify({ content: text, prompt: text, ...(this.requestModel ? { model: this.requestModel } : {}) }),
        signal,
      });
      body = (await response.json().catch((error: unknown) => {
        if (signal.aborted) throw error;
        return null;
      })) as { tokens?: unknown } | null;
    } catch (error) {
      const reason = error instanceof DOMException && error.name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : String(error);
      throw new InferenceError(InferenceErrorCode.RemoteUnavailable, `${root}/tokenize unreachable: ${reason}`);
    }
    if (!response.ok || !Array.isArray(body?.tokens)) {
      throw new InferenceError(InferenceErrorCode.Unsupported, `remote server at ${root} does not tokenize (HTTP ${response.status})`);
    }
    return body.tokens.map((token) => (typeof token === 'number' ? token : Number((token as { id?: number }).id)));
  }

  /**
   * Counts for the prompt budget only, so an estimate is enough when the server cannot tokenize: a server without
   * `/tokenize`, or a node that died or froze under this one call (a count without a conversation may reach any node).
   */
  async countTokens(text: string, options?: TokenCountOptions): Promise<number> {
    const estimate = Math.ceil(Buffer.byteLength(text, 'utf8') / ESTIMATED_BYTES_PER_TOKEN);
    const conversation = options?.conversationId ?? '';
    const restsUntil = this.tokenizerRests.get(conversation);
    if (restsUntil !== undefined) {
      if (performance.now() < restsUntil) return estimate;
      this.tokenizerRests.delete(conversation);
    }
    try {
      return (await this.tokenize(text, options)).length;
    } catch (error) {
      if (error instanceof InferenceError && error.code === InferenceErrorCode.RemoteUnavailable) {
        if (this.tokenizerRests.size >= MAX_RESTING_CONVERSATIONS) this.tokenizerRests.delete(this.tokenizerRests.keys().next().value ?? '');
        this.tokenizerRests.set(conversation, performance.now() + TOKENIZER_REST_MS);
        return estimate;
      }
      if (error instanceof InferenceError && error.code === InferenceErrorCode.Unsupported) return estimate;
      throw error;
    }
  }

  /** The model named in requests: configured, or learned from the server's list before the first question. */
  get modelName(): string {
    return this.requestModel ?? UNKNOWN_REMOTE_MODEL;
  }

  getStatus(): Promise<InferenceStatus> {
    const now = performance.now();
    if (this.statusRead && now < this.statusRead.reusableUntil) return this.statusRead.status;
    const status = this.readStatus();
    const read = { status, reusableUntil: now + STATUS_REUSE_MS };
    this.statusRead = read;
    void status.then((result) => {
      if (result.model.error !== null) read.reusableUntil = Math.min(read.reusableUntil, performance.now() + FAILED_STATUS_REUSE_MS);
    });
    return status;
  }

  private async readStatus(): Promise<InferenceStatus> {
    let error: string | null = null;
    let name = UNKNOWN_REMOTE_MODEL;
    try {
      const listed = await this.listModels(AbortSignal.timeout(MODEL_LIST_TIMEOUT_MS));
      if (!listed.ok) error = `remote ${this.baseUrl}/models answered HTTP ${listed.status}`;
      const served = listed.ids;
      const chosen = this.config.model && served.includes(this.config.model) ? this.config.model : served[0];
      if (chosen) {
        name = chosen;
        this.requestModel ??= chosen;
      } else if (!error) {
        error = `remote ${this.baseUrl}/models lists no model`;
      }
    } catch (cause) {
      error = `remote ${this.baseUrl} unreachable: ${String(cause)}`;
    }
    return {
      model: {
        name,
        file: this.config.model ? `${this.baseUrl} (${this.config.model})` : this.baseUrl,
        sizeBytes: 0,
        architecture: 'remote',
        contextSize: this.contextSize,
        trainContextSize: this.contextSize,
        loaded: error === null,
        demo: isDemoModelName(name),
        gpuLayers: 0,
        totalLayers: 0,
        offloadWarning: null,
        chatWrapper: 'remote server chat template',
        error,
      },
      // The OpenAI protocol does not expose the node's hardware.
      gpu: { available: false, type: false, devices: [], vramTotal: 0, vramFree: 0 },
      inferenceRuntime: null,
    };
  }

  async dispose(): Promise<void> {
    // No pooled connections are held beyond fetch's own keep-alive.
  }

  private headers(conversationId?: string): Record<string, string> {
    return {
      'content-type': 'application/json',
      accept: 'text/event-stream',
      ...(this.config.apiKey ? { authorization: `Bearer ${this.config.apiKey}` } : {}),
      ...(conversationId ? { [CONVERSATION_HEADER]: conversationId } : {}),
    };
  }

  /** Asks the server what it serves, and keeps the context it lists for sizing prompts. */
  private async listModels(signal: AbortSignal): Promise<{ ok: boolean; status: number; ids: string[] }> {
    const response = await fetch(`${this.baseUrl}/models`, { headers: this.headers(), signal });
    const served = servedModels(await response.json().catch(() => null));
    this.servedContextSize = served.contextSize;
    return { ok: response.ok, status: response.status, ids: served.ids };
  }

  /**
   * Learns the model to name in requests when none was configured. A server that lists none is asked again only
   * after MODEL_LOOKUP_RETRY_MS: every question waiting on a lookup that cannot succeed would slow every answer.
   */
  private async lookUpRequestModel(signal: AbortSignal): Promise<void> {
    const now = performance.now();
    if (this.requestModel || (this.modelLookupAt !== undefined && now - this.modelLookupAt < MODEL_LOOKUP_RETRY_MS)) return;
    this.modelLookupAt = now;
    try {
      this.requestModel ??= (await this.listModels(AbortSignal.any([signal, AbortSignal.timeout(MODEL_LIST_TIMEOUT_MS)]))).ids[0];
    } catch {
      // The question itself reports an unreachable server, with the error the caller can act on.
    }
  }

  /** Returns null when the caller aborted before the stream started. */
  private async post(request: InferenceRequest, abortSignal: AbortSignal, callerSignal?: AbortSignal): Promise<Response | null> {
    const sampling = request.sampling ?? {};
    await this.lookUpRequestModel(abortSignal);
    const body = {
      ...(this.requestModel ? { model: this.requestModel } : {}),
      messages: request.messages,
      stream: true,
      stream_options: { include_usage: true },
      max_tokens: request.maxTokens ?? INFERENCE_DEFAULTS.maxTokens,
      temperature: sampling.temperature,
      top_p: sampling.topP,
      top_k: sampling.topK,
      seed: sampling.seed,
      ...(request.grammar ? { grammar: request.grammar } : {}),
      // A MedLocal node's extension; only the demo model's grammar covers the thought, and only MedLocal nodes serve it.
      ...(request.grammar && request.grammarCoversThought ? { grammar_covers_thought: true } : {}),
      // OpenAI's end-user field: a MedLocal node shares its queue fairly by it (see ChatCompletionsController).
      ...(request.callerId ? { user: request.callerId } : {}),
    };
    // The limit covers the wait for the response headers only: fetch's signal also governs reading the body, so a
    // timeout signal left armed would cut a long answer that is still streaming.
    const firstByte = new AbortController();
    const connectTimeoutMs = this.config.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS;
    const timer = setTimeout(() => firstByte.abort(new DOMException(`no response within ${connectTimeoutMs} ms`, 'TimeoutError')), connectTimeoutMs);
    let response: Response;
    try {
      response = await fetch(`${this.baseUrl}/chat/completions`, {
        method: 'POST',
        headers: this.headers(request.conversationId),
        body: JSON.stringify(body),
        signal: AbortSignal.any([abortSignal, firstByte.signal]),
      });
    } catch (error) {
      if (callerSignal?.aborted) return null;
      throw new InferenceError(InferenceErrorCode.RemoteUnavailable, `remote ${this.baseUrl} unreachable: ${String(error)}`, {}, { cause: error });
    } finally {
      clearTimeout(timer);
    }
    if (response.ok && response.body) return response;
    throw await errorFromResponse(response, this.baseUrl);
  }

  private async *readStream(
    response: Response,
    request: InferenceRequest,
    startedAt: number,
    abort: AbortController,
    callerSignal: AbortSignal | undefined,
  ): AsyncGenerator<InferenceEvent> {
    const parser = new ThoughtStreamParser(this.config.thoughtMarkers ?? DEFAULT_THOUGHT_MARKERS);
    const thoughtBudget = request.thoughtBudgetTokens ?? this.config.thoughtBudgetTokens ?? INFERENCE_DEFAULTS.thoughtBudgetTokens;
    const usage = { promptTokens: 0, reusedTokens: 0, generatedTokens: 0, thoughtTokens: 0 };
    let reportedUsage = false;
    let firstTokenAt: number | null = null;
    let finishReason: FinishReason = 'stop';
    let thoughtChunks = 0;
    let chunks = 0;
    // A node that stops sending (frozen, or alive to its health check but stuck) ends the answer with an error.
    const idleTimeoutMs = this.config.streamIdleTimeoutMs ?? DEFAULT_STREAM_IDLE_TIMEOUT_MS;
    let stalled = false;
    let idleTimer: NodeJS.Timeout | undefined;
    const armIdleTimer = (): void => {
      clearTimeout(idleTimer);
      idleTimer = setTimeout(() => {
        stalled = true;
        abort.abort();
      }, idleTimeoutMs);
    };
    armIdleTimer();
    // OpenAI-compatible servers end every stream with [DONE]; a body that ends without it was cut (a proxy shut
    // down the session of a node it marked down, a node died between chunks) and is not a finished answer.
    let sawDone = false;
    let servedModel: ServedModel | undefined;
    try {
      for await (const data of readSseData({ body: response.body as unknown as AsyncIterable<Uint8Array> })) {
        armIdleTimer();
        if (data.trim() === '[DONE]') {
          sawDone = true;
          break;
        }
        const chunk = JSON.parse(data) as ChatCompletionChunk;
        if (!servedModel && typeof chunk.model === 'string' && chunk.model) servedModel = { name: chunk.model, demo: isDemoModelName(chunk.model) };
        if (chunk.error) {
          yield { type: 'error', code: remoteCode(chunk.error.code), message: chunk.error.message ?? 'remote error' };
          finishReason = 'error';
          break;
        }
        const choice = chunk.choices?.[0];
        const reasoning = choice?.delta?.reasoning_content;
        const content = choice?.delta?.content;
        if (reasoning || content) {
          firstTokenAt ??= performance.now();
          chunks++;
        }
        if (reasoning) {
          thoughtChunks++;
          yield { type: 'thought', delta: reasoning };
        }
        if (content) {
          for (const segment of parser.feed(content)) yield segment;
          if (parser.inThought) thoughtChunks++;
        }
        if (choice?.finish_reason === 'length') finishReason = 'length';
        if (chunk.usage) {
          reportedUsage = true;
          usage.promptTokens = chunk.usage.prompt_tokens ?? 0;
          usage.reusedTokens = chunk.usage.prompt_tokens_details?.cached_tokens ?? 0;
          usage.generatedTokens = chunk.usage.completion_tokens ?? 0;
          usage.thoughtTokens = chunk.usage.completion_tokens_details?.reasoning_tokens ?? thoughtChunks;
        }
        if (thoughtChunks >= thoughtBudget && (parser.inThought || (reasoning && !content))) {
          finishReason = 'thought-budget';
          break;
        }
      }
      if (!sawDone && finishReason === 'stop' && !callerSignal?.aborted) {
        finishReason = 'error';
        yield { type: 'error', code: InferenceErrorCode.RemoteProtocol, message: `remote ${this.baseUrl} stream ended before [DONE]: the answer was cut` };
      }
      if (finishReason !== 'error') {
        for (const segment of parser.end()) yield segment;
        if (parser.inThought) finishReason = 'thought-budget';
      }
    } catch (error) {
      if (callerSignal?.aborted) finishReason = 'cancelled';
      else {
        finishReason = 'error';
        const reason = stalled ? `remote ${this.baseUrl} sent no data for ${idleTimeoutMs} ms` : `remote stream failed: ${String(error)}`;
        yield { type: 'error', code: InferenceErrorCode.RemoteProtocol, message: reason };
      }
    } finally {
      clearTimeout(idleTimer);
      abort.abort();
    }
    if (callerSignal?.aborted) finishReason = 'cancelled';
    if (!reportedUsage) {
      usage.generatedTokens = chunks;
      usage.thoughtTokens = thoughtChunks;
    }
    yield doneEvent(finishReason, startedAt, firstTokenAt, usage, servedModel);
  }
}

function remoteCode(code: string | number | undefined): string {
  return typeof code === 'string' && KNOWN_CODES.has(code) ? code : InferenceErrorCode.RemoteProtocol;
}

async function errorFromResponse(response: Response, baseUrl: string): Promise<InferenceError> {
  const text = await response.text().catch(() => '');
  let message = text.slice(0, 300);
  let code: string | undefined;
  let json = false;
  try {
    const body = JSON.parse(text) as { error?: { message?: string; code?: string } | string; message?: string; code?: string };
    if (typeof body.error === 'object') {
      message = body.error.message ?? message;
      code = body.error.code;
    } else {
      message = body.message ?? message;
      code = body.code;
    }
    json = true;
  } catch {
    // Not JSON: keep the raw text.
  }
  const retryAfter = Number(response.headers.get('retry-after')) || undefined;
  if (code && KNOWN_CODES.has(code)) return new InferenceError(code as InferenceErrorCode, message, { retryAfterSeconds: retryAfter });
  // A balancer in front of the nodes (HAProxy) answers 502/504 itself when the node it chose died or went silent.
  if (response.status === 502 || response.status === 504) {
    return new InferenceError(InferenceErrorCode.RemoteUnavailable, `remote ${baseUrl} answered HTTP ${response.status}: its node is unreachable`);
  }
  // A busy inference server (MedLocal, llama-server, vLLM) says so in JSON; a 503 page of its own is the balancer
  // having no node up, which waiting a second will not mend.
  if (response.status === 503 && !json) {
    return new InferenceError(
      InferenceErrorCode.RemoteUnavailable,
      `remote ${baseUrl} answered HTTP 503 without an inference server's JSON: no node is reachable behind it`,
    );
  }
  if (response.status === 429 || response.status === 503) {
    return new InferenceError(InferenceErrorCode.QueueFull, `remote ${baseUrl} is busy: ${message}`, { retryAfterSeconds: retryAfter ?? 1 });
  }
  if (response.status === 400 && /context|too long|maximum.*length/i.test(message)) {
    return new InferenceError(InferenceErrorCode.PromptTooLong, message);
  }
  return new InferenceError(InferenceErrorCode.RemoteProtocol, `remote ${baseUrl} answered HTTP ${response.status}: ${message}`);
}

function doneEvent(
  finishReason: FinishReason,
  startedAt: number,
  firstTokenAt: number | null,
  usage: { promptTokens: number; reusedTokens: number; generatedTokens: number; thoughtTokens: number },
  servedModel?: ServedModel,
): InferenceEvent {
  const endedAt = performance.now();
  return {
    type: 'done',
    finishReason,
    usage: { ...usage, evaluatedTokens: usage.promptTokens - usage.reusedTokens },
    timings: {
      queueMs: 0,
      firstTokenMs: firstTokenAt === null ? null : firstTokenAt - startedAt,
      totalMs: endedAt - startedAt,
      tokensPerSecond: firstTokenAt !== null && usage.generatedTokens > 1 ? ((usage.generatedTokens - 1) * 1000) / (endedAt - firstTokenAt) : 0,
    },
    ...(servedModel ? { model: servedModel } : {}),
  };
}
