import type { ChatMessage } from '@medlocal/contracts';

/** A message of the conversation history: the system text is built apart (`BuiltPrompt.systemText`). */
export type HistoryMessage = ChatMessage & { role: 'user' | 'assistant' };
