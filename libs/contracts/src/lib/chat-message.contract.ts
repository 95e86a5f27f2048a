/** Who speaks in a conversation or an OpenAI-style request. */
export type ChatRole = 'system' | 'user' | 'assistant';

/** One message as the model, the prompt budget and the OpenAI-compatible API exchange it. */
export interface ChatMessage {
  role: ChatRole;
  content: string;
}
