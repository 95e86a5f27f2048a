import { ANSWER_SECTION_ORDER, type AnswerSectionKeyDto } from '@medlocal/contracts';
import type { ChatTurn } from '../data-access/chat-turn.model';
import { markdownToPlainText } from './markdown-to-plain-text.util';

/** The words around an answer, in the console language. */
export interface AnswerDocumentLabels {
  readonly question: string;
  readonly sections: Readonly<Record<AnswerSectionKeyDto, string>>;
  /** What is said when a section did not come (stopped, or the model left it out). */
  readonly sectionMissing: string;
  /** The not-a-substitute notice that travels with every copied answer. */
  readonly notice: string;
}

/** A section's text: as parsed while streaming, or the server's when the live parse found no heading. */
export function sectionTextOf({ turn, key }: { turn: ChatTurn; key: AnswerSectionKeyDto }): string {
  return (turn.sections[key] || turn.done?.sections[key]?.text || '').trim();
}

/** The question and the four sections as Markdown (headings, the model's own markup kept), then the notice. */
export function answerAsMarkdown({ turn, labels }: { turn: ChatTurn; labels: AnswerDocumentLabels }): string {
  const parts = [`**${labels.question}** ${turn.question}`];
  if (turn.preamble.trim()) parts.push(turn.preamble.trim());
  for (const key of ANSWER_SECTION_ORDER) parts.push(`## ${labels.sections[key]}\n\n${sectionTextOf({ turn, key }) || `_${labels.sectionMissing}_`}`);
  parts.push(`> ${labels.notice}`);
  return parts.join('\n\n');
}

/** The same as plain text, for fields where Markdown would show as symbols. */
export function answerAsPlainText({ turn, labels }: { turn: ChatTurn; labels: AnswerDocumentLabels }): string {
  const parts = [`${labels.question} ${turn.question}`];
  if (turn.preamble.trim()) parts.push(markdownToPlainText({ markdown: turn.preamble }));
  for (const key of ANSWER_SECTION_ORDER) {
    const text = sectionTextOf({ turn, key });
    parts.push(`${labels.sections[key]}\n${text ? markdownToPlainText({ markdown: text }) : labels.sectionMissing}`);
  }
  parts.push(labels.notice);
  return parts.join('\n\n');
}
