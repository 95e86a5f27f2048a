/**
 * Generated text without NUL characters. A model with random weights (the demo) can emit one; it
 * means nothing to a reader, and an answer that holds one would later be refused as history by an
 * inference node (`/v1` takes no NUL), failing every later turn of the conversation.
 */
export function withoutNul({ text }: { text: string }): string {
  return text.includes('\u0000') ? text.replaceAll('\u0000', '') : text;
}
