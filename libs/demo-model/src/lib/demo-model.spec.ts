import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readGgufFileInfo } from 'node-llama-cpp';
import { createHash } from 'node:crypto';
import { buildDemoModel, DEMO_MODEL_SHAPES, ensureDemoModel, type DemoModelShape } from './demo-model';

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
});
