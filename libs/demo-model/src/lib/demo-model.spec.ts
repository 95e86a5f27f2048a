import buffer from 'node:buffer';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getLlama, LlamaCompletion, LlamaLogLevel, readGgufFileInfo } from 'node-llama-cpp';
import { createHash } from 'node:crypto';
import { buildDemoModel, DEMO_MODEL_SHAPES, ensureDemoModel, type DemoModelShape } from './demo-model';
import { buildDemoVocabulary, TokenType } from './demo-vocabulary';

describe(ensureDemoModel.name, () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'medlocal-demo-model-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('writes a small GGUF v3 named for its seed, once', async () => {
    const path = await ensureDemoModel(dir, 7);
    expect(path).toBe(join(dir, 'medlocal-demo-7.gguf'));
    const first = await stat(path);
    expect(first.size).toBeGreaterThan(200_000);
    expect(first.size).toBeLessThan(1_000_000);
    const header = (await readFile(path)).subarray(0, 8);
    expect(header.subarray(0, 4).toString('latin1')).toBe('GGUF');
    expect(header.readUInt32LE(4)).toBe(3);
    await ensureDemoModel(dir, 7);
    expect((await stat(path)).mtimeMs).toBe(first.mtimeMs);
  });

  it('is deterministic per seed', () => {
    expect(buildDemoModel(1).equals(buildDemoModel(1))).toBe(true);
    expect(buildDemoModel(1).equals(buildDemoModel(2))).toBe(false);
  });

  it('carries the demo name, a llama SentencePiece vocabulary and a Gemma chat template', async () => {
    const info = await readGgufFileInfo(await ensureDemoModel(dir, 7));
    const metadata = info.metadata as unknown as {
      general: { name: string; architecture: string };
      tokenizer: { ggml: { model: string; tokens: string[]; token_type: number[] }; chat_template: string };
    };
    expect(metadata.general).toMatchObject({ name: 'MedLocal demo (random weights)', architecture: 'llama' });
    expect(metadata.tokenizer.ggml.model).toBe('llama');
    const tokens = metadata.tokenizer.ggml.tokens;
    expect(tokens.slice(0, 8)).toEqual(['<pad>', '<eos>', '<bos>', '<unk>', '<start_of_turn>', '<end_of_turn>', '<unused94>', '<unused95>']);
    expect(tokens).toContain('<0x00>');
    expect(tokens).toContain('<0xFF>');
    expect(tokens).toContain('\u2581the');
    expect(tokens).toContain('的');
    expect(tokens.length).toBeGreaterThan(500);
    expect(metadata.tokenizer.chat_template).toContain('<start_of_turn>');
  });

  it('keeps the demo model byte for byte: a data folder made by an earlier version finds the same file', () => {
    const sha256 = (model: Buffer) => createHash('sha256').update(model).digest('hex');
    expect(sha256(buildDemoModel(42))).toBe('f481d3d72b101fc37263406097d6217fd14b664dbc25d0053be578c4ba4cd412');
    expect(sha256(buildDemoModel(42, 'gemma3'))).toBe('c8373cb39bfda16a144a526ab0e9aed96816f863ebcd703cb74c0db86e8198e6');
  });

  it('writes a model of another shape under its own name, with that many layers and that width', async () => {
    const shape: DemoModelShape = { label: 'wide', embedding: 128, blocks: 3, feedForward: 256, heads: 4 };
    const path = await ensureDemoModel(dir, 7, 'llama', shape);
    expect(path).toBe(join(dir, 'medlocal-demo-wide-7.gguf'));
    const llama = (await readGgufFileInfo(path)).metadata as unknown as { llama: Record<string, unknown> };
    expect(llama.llama).toMatchObject({ block_count: 3, embedding_length: 128, feed_forward_length: 256 });
    // The bench shape is one of these: ~190 M parameters, so a benchmark measures llama.cpp, not MedLocal.
    const { embedding, blocks, feedForward } = DEMO_MODEL_SHAPES.bench;
    const parameters = blocks * (4 * embedding * embedding + 3 * embedding * feedForward);
    expect(parameters).toBeGreaterThan(150_000_000);
  });

  it("holds the GPU bench shape's F16 weights in one Buffer (the writer's limit) and gives it MedGemma's vocabulary", () => {
    const { embedding, blocks, feedForward, vocabulary } = DEMO_MODEL_SHAPES.gpu;
    // Token embeddings and output layer over the vocabulary, then per block attention (q, k, v, o) and the feed-forward.
    const parameters = 2 * vocabulary * embedding + blocks * (4 * embedding * embedding + 3 * embedding * feedForward);
    expect(vocabulary).toBe(262_144);
    expect(parameters).toBeGreaterThan(1_500_000_000);
    expect(2 * parameters).toBeLessThan(buffer.constants.MAX_LENGTH - 64 * 1024 * 1024);
  });

  it.each([
    ['q8_0', 8, 7],
    ['q4_0', 2, 2],
  ] as const)(
    'writes %s weights that llama.cpp loads and runs, with the file type saying so and the norms kept in F32',
    async (weights, tensorType, fileType) => {
      const shape: DemoModelShape = { label: `tiny-${weights}`, embedding: 64, blocks: 2, feedForward: 128, heads: 4, weights };
      const path = await ensureDemoModel(dir, 7, 'llama', shape);
      expect(path).toBe(join(dir, `medlocal-demo-tiny-${weights}-7.gguf`));
      const info = await readGgufFileInfo(path);
      expect((info.metadata as unknown as { general: { file_type: number } }).general.file_type).toBe(fileType);
      const types = new Map((info.fullTensorInfo ?? []).map((tensor) => [tensor.name, tensor.ggmlType as number]));
      expect(types.get('blk.0.attn_q.weight')).toBe(tensorType);
      expect(types.get('blk.1.ffn_down.weight')).toBe(tensorType);
      expect(types.get('blk.0.attn_norm.weight')).toBe(0);
      const f16 = await stat(await ensureDemoModel(dir, 7, 'llama', { ...shape, label: 'tiny-f16', weights: 'f16' }));
      expect((await stat(path)).size).toBeLessThan(f16.size);

      const llama = await getLlama({ gpu: false, build: 'never', maxThreads: 1, logLevel: LlamaLogLevel.error });
      try {
        const model = await llama.loadModel({ modelPath: path });
        const context = await model.createContext({ contextSize: 256, threads: 1 });
        const completion = new LlamaCompletion({ contextSequence: context.getSequence() });
        const text = await completion.generateCompletion('patient chest pain', { maxTokens: 8, seed: 3, temperature: 0.8 });
        expect(text.length).toBeGreaterThan(0);
        await model.dispose();
      } finally {
        await llama.dispose();
      }
    },
  );

  it('quantises to the same network: the hidden state of a Q8_0 or Q4_0 model points where the F16 one does', async () => {
    // A block laid out wrongly would still load and run, but would decode to other weights: its hidden state
    // would be as unrelated to the F16 one as another seed's is.
    const shape = (weights: DemoModelShape['weights']): DemoModelShape => ({
      label: `tiny-${weights}`,
      embedding: 64,
      blocks: 2,
      feedForward: 128,
      heads: 4,
      weights,
    });
    const llama = await getLlama({ gpu: false, build: 'never', maxThreads: 1, logLevel: LlamaLogLevel.error });
    const hiddenState = async (seed: number, weights: DemoModelShape['weights']) => {
      const model = await llama.loadModel({ modelPath: await ensureDemoModel(dir, seed, 'llama', shape(weights)) });
      const context = await model.createEmbeddingContext({ contextSize: 128, threads: 1 });
      const { vector } = await context.getEmbeddingFor('patient chest pain for two hours');
      await model.dispose();
      return vector;
    };
    const cosine = (a: readonly number[], b: readonly number[]) => {
      let dot = 0;
      let aa = 0;
      let bb = 0;
      a.forEach((value, i) => {
        dot += value * b[i];
        aa += value * value;
        bb += b[i] * b[i];
      });
      return dot / Math.sqrt(aa * bb);
    };
    try {
      const f16 = await hiddenState(7, 'f16');
      expect(cosine(f16, await hiddenState(7, 'q8_0'))).toBeGreaterThan(0.97);
      expect(cosine(f16, await hiddenState(7, 'q4_0'))).toBeGreaterThan(0.9);
      expect(Math.abs(cosine(f16, await hiddenState(8, 'f16')))).toBeLessThan(0.6);
    } finally {
      await llama.dispose();
    }
  });

  it('pads the vocabulary with distinct plain-text pieces to the size asked, and refuses a size below the demo pieces', async () => {
    const demo = buildDemoVocabulary();
    const padded = buildDemoVocabulary(4_000);
    expect(padded.tokens).toHaveLength(4_000);
    expect(new Set(padded.tokens).size).toBe(4_000);
    expect(padded.tokens.slice(0, demo.tokens.length)).toEqual(demo.tokens);
    for (const piece of padded.tokens.slice(demo.tokens.length)) expect(piece).toMatch(/^\u2581?[a-z]+$/);
    expect(padded.tokenTypes.slice(demo.tokens.length).every((type) => type === TokenType.Normal)).toBe(true);
    expect(() => buildDemoVocabulary(demo.tokens.length - 1)).toThrow(/at least/);

    const shape: DemoModelShape = { label: 'tiny-vocab', embedding: 64, blocks: 1, feedForward: 128, heads: 4, vocabulary: 4_000 };
    const metadata = (await readGgufFileInfo(await ensureDemoModel(dir, 7, 'llama', shape))).metadata as unknown as {
      llama: { vocab_size: number };
      tokenizer: { ggml: { tokens: string[] } };
    };
    expect(metadata.llama.vocab_size).toBe(4_000);
    expect(metadata.tokenizer.ggml.tokens).toHaveLength(4_000);
  });

  it('with text-only output, zeroes the output rows of control, unknown and byte tokens and no others', async () => {
    const shape: DemoModelShape = { label: 'tiny-text', embedding: 64, blocks: 1, feedForward: 128, heads: 4, textOnlyOutput: true };
    const outputRows = async (textOnlyOutput: boolean) => {
      const path = await ensureDemoModel(dir, 7, 'llama', { ...shape, label: `tiny-text-rows-${textOnlyOutput}`, textOnlyOutput });
      const tensor = (await readGgufFileInfo(path)).fullTensorInfo?.find((info) => info.name === 'output.weight');
      const rowBytes = 64 * 2; // F16
      const file = await readFile(path);
      const start = Number(tensor?.fileOffset);
      return (token: number) => file.subarray(start + token * rowBytes, start + (token + 1) * rowBytes);
    };
    const plain = await outputRows(false);
    const text = await outputRows(true);
    const { tokenTypes } = buildDemoVocabulary();
    expect(tokenTypes.filter((type) => type !== TokenType.Normal).length).toBeGreaterThan(260);
    tokenTypes.forEach((type, token) => {
      if (type === TokenType.Normal) {
        expect(text(token).equals(plain(token))).toBe(true);
        expect(text(token).some((byte) => byte !== 0)).toBe(true);
      } else {
        expect(text(token).every((byte) => byte === 0)).toBe(true);
        expect(plain(token).some((byte) => byte !== 0)).toBe(true);
      }
    });
  });

  it('with text-only output and top-k sampling, writes only text tokens and never ends a stream early', async () => {
    const { tokenTypes } = buildDemoVocabulary();
    const llama = await getLlama({ gpu: false, build: 'never', maxThreads: 1, logLevel: LlamaLogLevel.error });
    const written = async (textOnlyOutput: boolean) => {
      const shape: DemoModelShape = { label: `tiny-text-${textOnlyOutput}`, embedding: 64, blocks: 2, feedForward: 128, heads: 4, textOnlyOutput };
      const model = await llama.loadModel({ modelPath: await ensureDemoModel(dir, 7, 'llama', shape) });
      const context = await model.createContext({ contextSize: 512, threads: 1 });
      const tokens: number[] = [];
      for await (const token of context.getSequence().evaluate(model.tokenize('patient chest pain'), { temperature: 1, topK: 40, seed: 5 })) {
        tokens.push(token);
        if (tokens.length === 300) break;
      }
      await model.dispose();
      return tokens.filter((token) => tokenTypes[token] !== TokenType.Normal).length;
    };
    try {
      // The plain demo model draws control and byte tokens (a fifth of its vocabulary); text-only output none.
      expect(await written(false)).toBeGreaterThan(0);
      expect(await written(true)).toBe(0);
    } finally {
      await llama.dispose();
    }
  });
});
