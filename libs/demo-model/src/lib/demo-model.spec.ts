import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readGgufFileInfo } from 'node-llama-cpp';
import { buildDemoModel, ensureDemoModel } from './demo-model';

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
});
