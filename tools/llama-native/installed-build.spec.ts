import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const RECORD_PATH = path.join(import.meta.dirname, '../../node_modules/node-llama-cpp/llama/medlocal-build.json');

interface InstallRecord {
  build: 'native' | 'prebuilt';
  reason: string;
  nativeBuildFailed?: boolean;
}

/**
 * The install step falls back to node-llama-cpp's prebuilt binaries whenever the native build does not come out, so
 * that an install never fails. That fallback must not pass unseen where a compiler was present: every inference spec
 * then runs the prebuilt path (the decode-and-sample call is missing there, and its spec takes its prebuilt branch).
 * Choosing the prebuilt binaries (MEDLOCAL_LLAMA_BUILD=prebuilt, or no compiler at install) is fine.
 */
describe('the llama.cpp build this install left', () => {
  it('is the native build, unless the install was told to keep the prebuilt binaries or had no compiler', () => {
    expect(existsSync(RECORD_PATH), `${RECORD_PATH} is missing: the install step (tools/llama-native) did not run`).toBe(true);
    const record = JSON.parse(readFileSync(RECORD_PATH, 'utf8')) as InstallRecord;
    if (record.build === 'native') return;
    expect(record.nativeBuildFailed, `the native llama.cpp build failed at install: ${record.reason}`).toBe(false);
  });
});
