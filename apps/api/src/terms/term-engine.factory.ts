import { Logger } from '@nestjs/common';
import { readFile } from 'node:fs/promises';
import { ClinicalTermEngine, combineOverlays, mergeOverlay, shippedDictionary, shippedTermEngine, type TerminologyOverlay } from '@medlocal/clinical-terms';
import type { AppConfig } from '../config';

export const TERM_ENGINE = Symbol('TERM_ENGINE');

/**
 * The shipped dictionary, plus whatever the hospital imported from its licensed releases
 * (TERMS_OVERLAY_FILES). An unreadable overlay stops start-up naming the file; collisions with
 * shipped entries are logged by kind and count. The automaton is built now, not on a first question.
 */
export async function createTermEngine(config: AppConfig): Promise<ClinicalTermEngine> {
  const logger = new Logger('Terms');
  if (config.terms.overlayFiles.length === 0) {
    const engine = shippedTermEngine();
    engine.warmUp();
    return engine;
  }
  const overlays: TerminologyOverlay[] = [];
  for (const file of config.terms.overlayFiles) {
    try {
      overlays.push(JSON.parse(await readFile(file, 'utf8')) as TerminologyOverlay);
    } catch (error) {
      throw new Error(`Terminology overlay ${file} could not be read: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const { dictionary, collisions } = mergeOverlay(shippedDictionary(), combineOverlays(overlays));
  logger.log(
    `Terminology overlays loaded: ${overlays.flatMap((overlay) => overlay.sources).join('; ')}; ${collisions.length} collision(s) with shipped entries`,
  );
  const engine = new ClinicalTermEngine(dictionary);
  engine.warmUp();
  return engine;
}
