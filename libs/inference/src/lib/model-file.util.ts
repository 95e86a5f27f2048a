import { open } from 'node:fs/promises';
import { InferenceError, InferenceErrorCode } from './inference.errors';

const GGUF_MAGIC = 'GGUF';

/** Fails with one line naming the path and why, before llama.cpp gets a chance to abort on it. */
export async function assertGgufModelFile({ path }: { path: string }): Promise<{ sizeBytes: number }> {
  const invalid = (why: string, cause?: unknown): InferenceError =>
    new InferenceError(InferenceErrorCode.ModelFileInvalid, `model file ${path}: ${why}`, {}, { cause });
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw invalid('not found', error);
    if (code === 'EACCES' || code === 'EPERM') throw invalid('not readable (permission denied)', error);
    if (code === 'EISDIR') throw invalid('is a directory, not a GGUF file', error);
    throw invalid(`cannot be opened (${code ?? String(error)})`, error);
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw invalid('is not a regular file');
    const magic = Buffer.alloc(4);
    const { bytesRead } = await handle.read(magic, 0, 4, 0);
    if (bytesRead < 4) throw invalid(`is ${info.size} bytes, too short to be a GGUF model`);
    if (magic.toString('latin1') !== GGUF_MAGIC) {
      throw invalid(`is not a GGUF model (starts with 0x${magic.toString('hex')}, expected "GGUF")`);
    }
    return { sizeBytes: info.size };
  } catch (error) {
    if (error instanceof InferenceError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw invalid(`cannot be read (${code ?? String(error)})`, error);
  } finally {
    await handle.close();
  }
}
