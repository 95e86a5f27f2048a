import { Inject, Injectable } from '@nestjs/common';
import { collectInferenceEvents, INFERENCE_ENGINE, type InferenceEngine } from '@medlocal/inference';
import { shippedTermEngine } from '@medlocal/clinical-terms';
import type { DocumentFacts, DrugFact } from './document-facts';
import { medicationSectionOf } from './medication-section.util';
import { normaliseDose } from './normalise-dose.util';

/** A medication line: a number with a dose unit ("47.5mg", "0.5 g", "12U", "1片"). */
const DOSE_IN_LINE = /\d+(?:\.\d+)?\s*(?:mg|g|μg|µg|ug|mcg|u|iu|ml|片|粒|支|袋)(?![a-z])/i;
const MAX_LINES_PER_REQUEST = 8;

/**
 * The optional model pass: medication lines the dictionary could not read (a brand or local name
 * it does not know) are shown to the local model, which names the generic drug; a name counts
 * only when the dictionary then recognises it, so the model can add a drug but never invent a
 * code. One request at a time per API instance, so a batch never takes more than one of the
 * engine's sequences from clinicians. Best effort: a failed request leaves the dictionary's facts.
 */
@Injectable()
export class ModelPass {
  private gate: Promise<unknown> = Promise.resolve();
  private readonly terms = shippedTermEngine();

  constructor(@Inject(INFERENCE_ENGINE) private readonly engine: InferenceEngine) {}

  /** Lines of the medication section with a dose but no drug the dictionary knows (none when there is no such section). */
  unreadLines(text: string): string[] {
    const section = medicationSectionOf(text);
    if (section.start === 0 && section.end === text.length) return [];
    return text
      .slice(section.start, section.end)
      .split(/\n|；|;/)
      .map((line) => line.trim())
      .filter((line) => DOSE_IN_LINE.test(line) && !this.terms.extract(line).entities.some((entity) => entity.type === 'drug'))
      .slice(0, MAX_LINES_PER_REQUEST);
  }

  async complete(text: string, facts: DocumentFacts, signal?: AbortSignal): Promise<DocumentFacts> {
    const lines = this.unreadLines(text);
    if (lines.length === 0) return facts;
    let answer: string;
    try {
      answer = await this.serially(() => this.ask(lines, signal));
    } catch {
      return { ...facts, modelPass: { lines: lines.length, added: 0, failed: true } };
    }
    const names = answer
      .split('\n')
      .map((line) => line.replace(/^\s*\d+[.)、:：]\s*/, '').trim())
      .filter((line) => line !== '');
    const known = new Set(facts.drugs.map((drug) => drug.drugId));
    const added: DrugFact[] = [];
    lines.forEach((line, i) => {
      const name = names[i];
      if (!name || /^unknown$/i.test(name) || name.length > 60) return;
      const drug = this.terms.extract(`${name} ${line}`).entities.find((entity) => entity.type === 'drug' && entity.start < name.length);
      if (!drug || drug.type !== 'drug' || known.has(drug.drugId)) return;
      known.add(drug.drugId);
      added.push({
        drugId: drug.drugId,
        atc: drug.atc,
        dose: drug.dose ? normaliseDose(drug.dose) : null,
        frequency: drug.frequency,
        route: drug.route,
        source: 'model',
      });
    });
    return { ...facts, drugs: [...facts.drugs, ...added], modelPass: { lines: lines.length, added: added.length, failed: false } };
  }

  private async ask(lines: readonly string[], signal?: AbortSignal): Promise<string> {
    const collected = await collectInferenceEvents({
      events: this.engine.generate(
        {
          messages: [
            {
              role: 'system',
              content:
                'You name drugs. For each numbered medication line, answer with the WHO INN generic name in English on its own numbered line, or "unknown". No other text.',
            },
            { role: 'user', content: lines.map((line, i) => `${i + 1}. ${line}`).join('\n') },
          ],
          sampling: { temperature: 0 },
          maxTokens: Math.min(256, 16 * lines.length),
          thoughtBudgetTokens: 64,
        },
        signal,
      ),
    });
    if (collected.errors.length > 0) throw new Error(collected.errors[0].code);
    return collected.answer;
  }

  private serially<T>(work: () => Promise<T>): Promise<T> {
    const run = this.gate.then(work, work);
    this.gate = run.catch(() => undefined);
    return run;
  }
}
