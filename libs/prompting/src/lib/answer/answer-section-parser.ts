import type { AnswerSectionKey } from './answer-section.model';
import { ANSWER_SECTION_KEYS } from './answer-section.model';
import { matchSectionHeading } from './match-section-heading.util';

export type AnswerSectionEvent =
  | { type: 'section-start'; section: AnswerSectionKey; heading: string }
  /** `section` is null for text before the first heading. */
  | { type: 'text'; section: AnswerSectionKey | null; text: string };

export interface ParsedAnswer {
  /** Text before the first recognised heading (trimmed). */
  preamble: string;
  /** Text of each section that appeared, trimmed; a repeated heading appends to its section. */
  sections: Partial<Record<AnswerSectionKey, string>>;
  /** Sections whose heading appeared, in canonical order. */
  present: AnswerSectionKey[];
  /** Sections whose heading never appeared. */
  missing: AnswerSectionKey[];
  /** Sections whose heading appeared with no text under it. */
  empty: AnswerSectionKey[];
  /** Headings in the order they appeared, repeats included. */
  headingOrder: AnswerSectionKey[];
  /** True when each present section appeared once and in the canonical order. */
  inOrder: boolean;
}

/**
 * An unfinished line is held back this long at most while it might still turn out to be a
 * heading; longer lines are prose and flow straight through, so streaming stays smooth.
 */
const MAX_HELD_LINE_CHARS = 48;

/** A line can only become a heading if it starts with a markdown mark, a number or a section word. */
const HEADING_START = /^[ \t]*(?:$|[#*_【\d一二三四五六七八九十(（定概发病作机鉴处诊治建dmprDMPR])/;

/**
 * Splits a streamed answer into its four sections. Feed the visible answer deltas with
 * `push` (headings may be split across deltas) and call `end` once the stream is over.
 */
export class AnswerSectionParser {
  private heldLine = '';
  private currentLineIsText = false;
  private currentSection: AnswerSectionKey | null = null;
  private preamble = '';
  private readonly sectionText = new Map<AnswerSectionKey, string>();
  private readonly headingOrder: AnswerSectionKey[] = [];
  private ended = false;

  push(delta: string): AnswerSectionEvent[] {
    if (this.ended) {
      throw new Error('AnswerSectionParser.push called after end()');
    }
    const events: AnswerSectionEvent[] = [];
    let remaining = delta;
    while (remaining.length > 0) {
      const newline = remaining.indexOf('\n');
      const piece = newline < 0 ? remaining : remaining.slice(0, newline + 1);
      remaining = remaining.slice(piece.length);
      const completesLine = piece.endsWith('\n');
      if (this.currentLineIsText) {
        this.appendText(piece, events);
        this.currentLineIsText = !completesLine;
        continue;
      }
      this.heldLine += piece;
      if (completesLine) {
        this.decideLine(this.heldLine, true, events);
        this.heldLine = '';
      } else if (this.heldLine.length > MAX_HELD_LINE_CHARS || !HEADING_START.test(this.heldLine)) {
        this.decideLine(this.heldLine, false, events);
        this.heldLine = '';
        this.currentLineIsText = true;
      }
    }
    return events;
  }

  /** Flushes the last line and returns the parsed answer. */
  end(): { events: AnswerSectionEvent[]; answer: ParsedAnswer } {
    const events: AnswerSectionEvent[] = [];
    if (!this.ended && this.heldLine.length > 0) {
      this.decideLine(this.heldLine, true, events);
      this.heldLine = '';
    }
    this.ended = true;
    return { events, answer: this.result() };
  }

  private decideLine(line: string, lineComplete: boolean, events: AnswerSectionEvent[]): void {
    const heading = matchSectionHeading({ line: line.replace(/\r?\n$/, ''), lineComplete });
    if (!heading) {
      this.appendText(line, events);
      return;
    }
    this.currentSection = heading.section;
    this.headingOrder.push(heading.section);
    if (!this.sectionText.has(heading.section)) {
      this.sectionText.set(heading.section, '');
    }
    events.push({ type: 'section-start', section: heading.section, heading: heading.heading });
    if (heading.rest.length > 0) {
      this.appendText(heading.rest + (line.endsWith('\n') ? '\n' : ''), events);
      this.currentLineIsText = !lineComplete;
    }
  }

  private appendText(text: string, events: AnswerSectionEvent[]): void {
    if (this.currentSection === null) {
      this.preamble += text;
    } else {
      this.sectionText.set(this.currentSection, (this.sectionText.get(this.currentSection) ?? '') + text);
    }
    const last = events[events.length - 1];
    if (last?.type === 'text' && last.section === this.currentSection) {
      last.text += text;
    } else {
      events.push({ type: 'text', section: this.currentSection, text });
    }
  }

  private result(): ParsedAnswer {
    const sections: Partial<Record<AnswerSectionKey, string>> = {};
    for (const [section, text] of this.sectionText) {
      sections[section] = text.trim();
    }
    const present = ANSWER_SECTION_KEYS.filter((section) => this.sectionText.has(section));
    const firstAppearance = this.headingOrder.filter((section, index) => this.headingOrder.indexOf(section) === index);
    return {
      preamble: this.preamble.trim(),
      sections,
      present,
      missing: ANSWER_SECTION_KEYS.filter((section) => !this.sectionText.has(section)),
      empty: present.filter((section) => (sections[section] ?? '').length === 0),
      headingOrder: [...this.headingOrder],
      inOrder: firstAppearance.length === this.headingOrder.length && firstAppearance.every((section, index) => section === present[index]),
    };
  }
}

/** Parses a complete answer in one go. */
export function parseAnswer(text: string): ParsedAnswer {
  const parser = new AnswerSectionParser();
  parser.push(text);
  return parser.end().answer;
}
