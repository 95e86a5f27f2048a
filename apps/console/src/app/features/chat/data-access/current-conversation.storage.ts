const KEY = 'medlocal.chat.current';

/**
 * Which conversation this tab shows, so a reload opens it again. Per tab (sessionStorage) and per
 * user: only the id is kept, never a question or an answer, and another user's id is ignored.
 */
export const currentConversationStorage = {
  read(userId: string): string | null {
    try {
      const saved = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as { userId?: unknown; conversationId?: unknown } | null;
      return saved?.userId === userId && typeof saved.conversationId === 'string' ? saved.conversationId : null;
    } catch {
      return null;
    }
  },
  write(userId: string, conversationId: string | null): void {
    try {
      if (conversationId === null) sessionStorage.removeItem(KEY);
      else sessionStorage.setItem(KEY, JSON.stringify({ userId, conversationId }));
    } catch {
      // Storage refused (private mode, quota): the conversation is still in the list after a reload.
    }
  },
};
