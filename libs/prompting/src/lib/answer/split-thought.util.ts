/** MedGemma 1.5 wraps its thought as `<unused94>thought\n … <unused95>` before the answer. */
export const THOUGHT_OPEN = '<unused94>';
export const THOUGHT_CLOSE = '<unused95>';
const THOUGHT_LABEL = /^thought\r?\n?/;

/**
 * Separates a complete raw generation into thought and visible answer, for callers that
 * did not stream (the OpenAI-compatible non-stream endpoint, batch jobs). A thought that
 * never closed (generation cut off) is all thought and no answer.
 */
export function splitThought(raw: string): { thought: string; answer: string } {
  const open = raw.indexOf(THOUGHT_OPEN);
  if (open < 0) {
    return { thought: '', answer: raw.trim() };
  }
  const thoughtStart = open + THOUGHT_OPEN.length;
  const close = raw.indexOf(THOUGHT_CLOSE, thoughtStart);
  const thoughtBody = close < 0 ? raw.slice(thoughtStart) : raw.slice(thoughtStart, close);
  return {
    thought: thoughtBody.replace(THOUGHT_LABEL, '').trim(),
    answer: close < 0 ? '' : (raw.slice(0, open) + raw.slice(close + THOUGHT_CLOSE.length)).trim(),
  };
}
