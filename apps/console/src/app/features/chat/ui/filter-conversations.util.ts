import type { ConversationSummaryDto } from '@medlocal/contracts';

/** Conversations whose title or patient diagnoses contain the query (case-insensitive); all of them for an empty query. */
export function filterConversations({
  conversations,
  query,
}: {
  conversations: readonly ConversationSummaryDto[];
  query: string;
}): readonly ConversationSummaryDto[] {
  const needle = query.trim().toLocaleLowerCase();
  if (!needle) return conversations;
  return conversations.filter((conversation) =>
    [conversation.title ?? '', ...conversation.profile.diagnoses.flatMap((name) => [name.zh, name.en])].some((text) =>
      text.toLocaleLowerCase().includes(needle),
    ),
  );
}
