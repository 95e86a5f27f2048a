/**
 * Writes the MedLocal demo model: a tiny llama-architecture GGUF with seeded random weights.
 * llama.cpp runs it for real (tokeniser, attention, sampling); only the weights are fake, so
 * tests and a model-less `npm start` exercise the whole inference path in well under a second.
 */
import { mkdir, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildDemoVocabulary, TokenType } from './demo-vocabulary';
import { encodeGguf, GgmlTensorType, GgufValueType, type GgufMetadataValue, type GgufTensor } from './gguf-writer';

/** `general.name` of the demo model; @medlocal/inference re-exports it and reports `demo: true` for a model so named. */
export const DEMO_MODEL_NAME = 'MedLocal demo (random weights)';
export const DEMO_MODEL_DEFAULT_SEED = 42;

/** The size of a random-weight model: what llama.cpp has to compute per token. */
export interface DemoModelShape {
  /** Short name used in the file name; the demo shape's files keep their old names. */
  readonly label: string;
  readonly embedding: number;
  readonly blocks: number;
  readonly feedForward: number;
  readonly heads: number;
  /**
   * How the weight matrices are stored (norms stay F32): `f16` (the default), or `q8_0` / `q4_0`, ggml's
   * block quantisations, so a benchmark reads weights from memory as a quantised production model does.
   */
  readonly weights?: DemoWeightType;
  /** Tokens in the vocabulary: the demo pieces padded with plain filler pieces (see buildDemoVocabulary). */
  readonly vocabulary?: number;
  /**
   * Zero the output-layer rows of control, unknown and byte tokens: their logit is then 0 while the largest of
   * the random logits of text tokens lie well above it, so with top-k sampling (k far below the vocabulary) the
   * model writes text pieces only — valid UTF-8, no end of turn — and every stream runs to its token limit, as
   * a benchmark needs and as llama-server's UTF-8 checks accept.
   */
  readonly textOnlyOutput?: boolean;
}

export const DEMO_WEIGHT_TYPES = ['f16', 'q8_0', 'q4_0'] as const;
export type DemoWeightType = (typeof DEMO_WEIGHT_TYPES)[number];

export function isDemoWeightType(value: string): value is DemoWeightType {
  return (DEMO_WEIGHT_TYPES as readonly string[]).includes(value);
}

/** Tensor type of the weight matrices, and the `general.file_type` (llama.cpp's LLAMA_FTYPE_MOSTLY_*) saying so. */
const WEIGHT_ENCODING: Record<DemoWeightType, { tensorType: GgmlTensorType; fileType: number }> = {
  f16: { tensorType: GgmlTensorType.F16, fileType: 1 },
  q8_0: { tensorType: GgmlTensorType.Q8_0, fileType: 7 },
  q4_0: { tensorType: GgmlTensorType.Q4_0, fileType: 2 },
};

/**
 * `demo`: tiny, so tests and a model-less `npm start` run the whole inference path in well under a second.
 * `bench`: ~190 M parameters (F16, ~390 MB), about 20 ms per token on one core of a current server CPU — the
 * cost that makes inference nodes, not MedLocal's own code or the balancer, dominate a benchmark. Still
 * random weights with the demo vocabulary; never a medical model.
 */
export const DEMO_MODEL_SHAPES = {
  demo: { label: 'demo', embedding: 64, blocks: 2, feedForward: 128, heads: 4 },
  /**
   * `demo-text`: the demo model with text-only output, so every stream runs to its token limit: bench:inference divides
   * one system's tokens per second by another's, which means something only when both generated the same tokens.
   */
  demoText: { label: 'demo-text', embedding: 64, blocks: 2, feedForward: 128, heads: 4, textOnlyOutput: true },
  bench: { label: 'bench', embedding: 1024, blocks: 12, feedForward: 4096, heads: 8 },
  /**
   * `peer`: the model bench:peer runs in MedLocal and in llama-server side by side — ~190 M parameters of which
   * 33.5 M are the output layer over a 32,768-token vocabulary (Gemma 2's size; MedGemma's 262,144 would leave
   * little but the output layer on two cores), ~20 ms per token on one core in F16, and text-only output.
   */
  peer: { label: 'peer', embedding: 1024, blocks: 10, feedForward: 4096, heads: 8, vocabulary: 32_768, textOnlyOutput: true },
  /**
   * `gpu`: bench:peer on a GPU server (PEER_BENCH_SHAPE=gpu) — MedGemma's 262,144-token vocabulary, so sampling and the
   * output layer cost what they cost in MedGemma, and ~1.9 G parameters (3.75 GB in F16, under the 4 GiB a Buffer holds):
   * about half of MedGemma 4B's work per token, enough that the GPU, not a fixed per-token cost, sets the pace.
   */
  gpu: { label: 'gpu', embedding: 2048, blocks: 12, feedForward: 8192, heads: 8, vocabulary: 262_144, textOnlyOutput: true },
} as const satisfies Record<string, DemoModelShape>;

const HYPER = {
  contextLength: 4096,
  rmsEpsilon: 1e-5,
  ropeFreqBase: 10000,
} as const;

// Gemma's own chat template shape: no system role, the system text opens the first user turn.
const GEMMA_CHAT_TEMPLATE =
  "{{ bos_token }}{% if messages[0]['role'] == 'system' %}{% set first_user_prefix = messages[0]['content'] + '\n\n' %}" +
  "{% set loop_messages = messages[1:] %}{% else %}{% set first_user_prefix = '' %}{% set loop_messages = messages %}{% endif %}" +
  "{% for message in loop_messages %}{% if message['role'] == 'assistant' %}{% set role = 'model' %}{% else %}{% set role = message['role'] %}{% endif %}" +
  "{{ '<start_of_turn>' + role + '\n' + (first_user_prefix if loop.first else '') + message['content'] | trim + '<end_of_turn>\n' }}{% endfor %}" +
  "{% if add_generation_prompt %}{{ '<start_of_turn>model\n' }}{% endif %}";

/** mulberry32: tiny, seedable, good enough for reproducible random weights. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomMatrix(random: () => number, dims: readonly [number, number], name: string, type: GgmlTensorType): GgufTensor {
  const fanIn = dims[0];
  const scale = 2 / Math.sqrt(fanIn);
  const data = new Float32Array(dims[0] * dims[1]);
  for (let i = 0; i < data.length; i++) data[i] = (random() * 2 - 1) * scale;
  return { name, dims, type, data };
}

function ones(length: number, name: string): GgufTensor {
  return { name, dims: [length], type: GgmlTensorType.F32, data: new Float32Array(length).fill(1) };
}

/**
 * `llama` is the default demo model. `gemma3` has MedGemma's own block layout and a short
 * sliding window (SWA) on every layer, to check KV reuse across turns longer than the window.
 */
export type DemoArchitecture = 'llama' | 'gemma3';
export const DEMO_SLIDING_WINDOW = 32;

export function buildDemoModel(seed: number, architecture: DemoArchitecture = 'llama', shape: DemoModelShape = DEMO_MODEL_SHAPES.demo): Buffer {
  const random = createRandom(seed);
  const vocab = buildDemoVocabulary(shape.vocabulary);
  const nVocab = vocab.tokens.length;
  const { embedding: nEmbd, feedForward: nFf, heads } = shape;
  const { tensorType, fileType } = WEIGHT_ENCODING[shape.weights ?? 'f16'];
  const matrix = (dims: readonly [number, number], name: string) => randomMatrix(random, dims, name, tensorType);
  // Every head has its own key and value (no grouped-query attention): the simplest layout llama.cpp runs.
  const nEmbdKv = nEmbd;

  const u32 = (value: number): GgufMetadataValue => ({ type: GgufValueType.Uint32, value });
  const f32 = (value: number): GgufMetadataValue => ({ type: GgufValueType.Float32, value });
  const str = (value: string): GgufMetadataValue => ({ type: GgufValueType.String, value });
  const arch = architecture;
  const metadata = new Map<string, GgufMetadataValue>([
    ['general.architecture', str(arch)],
    ['general.name', str(DEMO_MODEL_NAME)],
    ['general.description', str(`Random weights from seed ${seed}; for tests and demos only, not a medical model.`)],
    ['general.file_type', u32(fileType)],
    ['general.alignment', u32(32)],
    [`${arch}.context_length`, u32(HYPER.contextLength)],
    [`${arch}.embedding_length`, u32(nEmbd)],
    [`${arch}.block_count`, u32(shape.blocks)],
    [`${arch}.feed_forward_length`, u32(nFf)],
    [`${arch}.attention.head_count`, u32(heads)],
    [`${arch}.attention.head_count_kv`, u32(heads)],
    [`${arch}.rope.dimension_count`, u32(nEmbd / heads)],
    [`${arch}.rope.freq_base`, f32(HYPER.ropeFreqBase)],
    [`${arch}.attention.layer_norm_rms_epsilon`, f32(HYPER.rmsEpsilon)],
    [`${arch}.vocab_size`, u32(nVocab)],
    ...(arch === 'gemma3'
      ? ([
          [`gemma3.attention.key_length`, u32(nEmbd / heads)],
          [`gemma3.attention.value_length`, u32(nEmbd / heads)],
          [`gemma3.attention.sliding_window`, u32(DEMO_SLIDING_WINDOW)],
        ] as const)
      : []),
    ['tokenizer.ggml.model', str('llama')],
    ['tokenizer.ggml.tokens', { type: GgufValueType.Array, itemType: GgufValueType.String, value: vocab.tokens }],
    ['tokenizer.ggml.scores', { type: GgufValueType.Array, itemType: GgufValueType.Float32, value: vocab.scores }],
    ['tokenizer.ggml.token_type', { type: GgufValueType.Array, itemType: GgufValueType.Int32, value: vocab.tokenTypes }],
    ['tokenizer.ggml.bos_token_id', u32(vocab.ids.bos)],
    ['tokenizer.ggml.eos_token_id', u32(vocab.ids.eos)],
    ['tokenizer.ggml.eot_token_id', u32(vocab.ids.endOfTurn)],
    ['tokenizer.ggml.unknown_token_id', u32(vocab.ids.unk)],
    ['tokenizer.ggml.padding_token_id', u32(vocab.ids.pad)],
    ['tokenizer.ggml.add_bos_token', { type: GgufValueType.Bool, value: true }],
    ['tokenizer.ggml.add_eos_token', { type: GgufValueType.Bool, value: false }],
    ['tokenizer.ggml.add_space_prefix', { type: GgufValueType.Bool, value: false }],
    ['tokenizer.chat_template', str(GEMMA_CHAT_TEMPLATE)],
  ]);

  const tokenEmbedding = matrix([nEmbd, nVocab], 'token_embd.weight');
  const output = matrix([nEmbd, nVocab], 'output.weight');
  if (shape.textOnlyOutput) {
    vocab.tokenTypes.forEach((type, token) => {
      if (type !== TokenType.Normal) output.data.fill(0, token * nEmbd, (token + 1) * nEmbd);
    });
  }
  const tensors: GgufTensor[] = [tokenEmbedding, ones(nEmbd, 'output_norm.weight'), output];
  for (let block = 0; block < shape.blocks; block++) {
    const p = `blk.${block}`;
    if (arch === 'gemma3') {
      tensors.push(
        ones(nEmbd / heads, `${p}.attn_q_norm.weight`),
        ones(nEmbd / heads, `${p}.attn_k_norm.weight`),
        ones(nEmbd, `${p}.post_attention_norm.weight`),
        ones(nEmbd, `${p}.post_ffw_norm.weight`),
      );
    }
    tensors.push(
      ones(nEmbd, `${p}.attn_norm.weight`),
      matrix([nEmbd, nEmbd], `${p}.attn_q.weight`),
      matrix([nEmbd, nEmbdKv], `${p}.attn_k.weight`),
      matrix([nEmbd, nEmbdKv], `${p}.attn_v.weight`),
      matrix([nEmbd, nEmbd], `${p}.attn_output.weight`),
      ones(nEmbd, `${p}.ffn_norm.weight`),
      matrix([nEmbd, nFf], `${p}.ffn_gate.weight`),
      matrix([nFf, nEmbd], `${p}.ffn_down.weight`),
      matrix([nEmbd, nFf], `${p}.ffn_up.weight`),
    );
  }
  return encodeGguf({ metadata, tensors });
}

export function demoModelFileName(seed: number, architecture: DemoArchitecture = 'llama', shape: DemoModelShape = DEMO_MODEL_SHAPES.demo): string {
  const size = shape.label === DEMO_MODEL_SHAPES.demo.label ? '' : `${shape.label}-`;
  return architecture === 'llama' ? `medlocal-demo-${size}${seed}.gguf` : `medlocal-demo-${architecture}-${size}${seed}.gguf`;
}

/** Writes `medlocal-demo-<seed>.gguf` (other shapes: `medlocal-demo-<label>-<seed>.gguf`) into `dir` unless it is already there; returns its path. */
export async function ensureDemoModel(
  dir: string,
  seed: number = DEMO_MODEL_DEFAULT_SEED,
  architecture: DemoArchitecture = 'llama',
  shape: DemoModelShape = DEMO_MODEL_SHAPES.demo,
): Promise<string> {
  const path = join(dir, demoModelFileName(seed, architecture, shape));
  const existing = await stat(path).catch(() => null);
  if (existing?.isFile() && existing.size > 0) return path;
  await mkdir(dir, { recursive: true });
  // Write-then-rename so a concurrent reader never loads a half-written file.
  const partial = `${path}.${process.pid}.partial`;
  await writeFile(partial, buildDemoModel(seed, architecture, shape));
  await rename(partial, path);
  return path;
}
