import type { ConversationSummaryDto } from '@medlocal/contracts';
import { filterConversations } from './filter-conversations.util';

function conversation(id: string, title: string | null, diagnoses: { zh: string; en: string }[] = []): ConversationSummaryDto {
  return {
    id,
    title,
    renamed: false,
    turnCount: 1,
    createdAt: '2026-01-01T00:00:00Z',
    lastActiveAt: '2026-01-01T00:00:00Z',
    profile: { age: null, sex: null, diagnoses },
  };
}

describe('filterConversations', () => {
  const conversations = [
    conversation('a', '3床 AKI 补液'),
    conversation('b', '胸痛待查', [{ zh: '急性心肌梗死', en: 'Acute myocardial infarction' }]),
    conversation('c', null),
  ];

  it('keeps every conversation for an empty or blank query', () => {
    expect(filterConversations({ conversations, query: '  ' })).toEqual(conversations);
  });

  it('matches the title, case-insensitively', () => {
    expect(filterConversations({ conversations, query: 'aki' }).map((found) => found.id)).toEqual(['a']);
  });

  it('matches a diagnosis of the patient in either language', () => {
    expect(filterConversations({ conversations, query: '心肌梗死' }).map((found) => found.id)).toEqual(['b']);
    expect(filterConversations({ conversations, query: 'Myocardial' }).map((found) => found.id)).toEqual(['b']);
  });

  it('finds nothing when nothing matches, untitled conversations included', () => {
    expect(filterConversations({ conversations, query: '肺炎' })).toEqual([]);
  });
});
