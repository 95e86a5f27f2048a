import { stat } from 'node:fs/promises';
import { isInferenceError } from './inference.errors';
import { assertGgufModelFile } from './model-file.util';

export interface LoadedModelFile {
  readonly path: string;
  readonly sizeBytes: number;
  /** Inode at load time: a different one means the file was replaced. */
  readonly inode: number;
}

export interface ModelFileWatchOptions {
  /** Re-check at most this often; status is polled by health checks and every question. */
  readonly intervalMs?: number;
  /** Longest a caller waits for a check: health must answer even when the storage under the model does not. */
  readonly answerWithinMs?: number;
  readonly now?: () => number;
}

const DEFAULT_INTERVAL_MS = 5_000;
const DEFAULT_ANSWER_WITHIN_MS = 2_000;
const NOT_ANSWERED = Symbol('storage has not answered');
const STILL_LOADED = 'the model already in memory keeps answering until MedLocal restarts';

/** Records what was loaded, so later checks can tell "deleted", "replaced" and "damaged" apart. */
export async function describeLoadedModelFile({ path }: { path: string }): Promise<LoadedModelFile> {
  const info = await stat(path);
  return { path, sizeBytes: info.size, inode: info.ino };
}

/**
 * Re-validates the model file behind a running engine (stat + GGUF magic, at most every few
 * seconds): a file deleted, replaced or truncated under a running MedLocal answers nothing wrong
 * today but will not load at the next start, so status and health must say so now.
 */
export class ModelFileWatch {
  private checkedAt = Number.NEGATIVE_INFINITY;
  private lastProblem: string | null = null;
  private pending: Promise<string | null> | null = null;
  private pendingSince = 0;
  private readonly intervalMs: number;
  private readonly answerWithinMs: number;
  private readonly now: () => number;

  constructor(
    private readonly loaded: LoadedModelFile,
    options: ModelFileWatchOptions = {},
  ) {
    this.intervalMs = options.intervalMs ?? DEFAULT_INTERVAL_MS;
    this.answerWithinMs = options.answerWithinMs ?? DEFAULT_ANSWER_WITHIN_MS;
    this.now = options.now ?? Date.now;
  }

  /** One line naming the file and what is wrong with it, or null while it is the file that was loaded. */
  async problem(): Promise<string | null> {
    if (this.now() - this.checkedAt < this.intervalMs) return this.lastProblem;
    if (!this.pending) {
      this.pendingSince = this.now();
      this.pending = this.check()
        .then((problem) => (this.lastProblem = problem))
        .finally(() => {
          this.checkedAt = this.now();
          this.pending = null;
        });
    }
    let timer: NodeJS.Timeout | undefined;
    const answer = await Promise.race([
      this.pending,
      new Promise<typeof NOT_ANSWERED>((resolve) => (timer = setTimeout(() => resolve(NOT_ANSWERED), this.answerWithinMs))),
    ]).finally(() => clearTimeout(timer));
    if (answer === NOT_ANSWERED) {
      // The check goes on; the next call after it returns reports what it found.
      const seconds = Math.round((this.now() - this.pendingSince) / 1000);
      return `model file ${this.loaded.path}: the storage has not answered a check for ${seconds} s; ${STILL_LOADED}`;
    }
    return answer;
  }

  private async check(): Promise<string | null> {
    const { path, sizeBytes, inode } = this.loaded;
    try {
      await assertGgufModelFile({ path });
    } catch (error) {
      if (!isInferenceError(error)) throw error;
      const deleted = / not found$/.test(error.message);
      return `${error.message}${deleted ? ' (deleted while loaded)' : ''}; ${STILL_LOADED}`;
    }
    const info = await stat(path);
    if (info.ino !== inode || info.size !== sizeBytes) {
      return `model file ${path} changed on disk since it was loaded (${sizeBytes} -> ${info.size} bytes); ${STILL_LOADED}`;
    }
    return null;
  }
}
