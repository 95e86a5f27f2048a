import { coversClinicalContent } from './clinical-content.guard';
import { DEFAULT_PLACEHOLDERS } from './deid-placeholders';
import { DeidConfigError, DeidErrorCode } from './deid.error';
import type { DeidExtraPattern, DeidFinding, DeidOptions, DeidResult, Detection, DetectionContext, PhiDetector, PhiType } from './deid.types';
import { PHI_TYPES } from './deid.types';
import { addressDetector } from './detectors/address.detector';
import { ageDetector } from './detectors/age.detector';
import { birthDateDetector, latestYearIn } from './detectors/birth-date.detector';
import { chineseNameDetector } from './detectors/chinese-name.detector';
import { isLatinEponymBeforeHanScale } from './detectors/chinese-eponym-suffix';
import { toSimplifiedShadow } from './detectors/chinese-traditional-shadow';
import { contactDetector } from './detectors/contact.detector';
import { dateDetector } from './detectors/date.detector';
import { dateSurroundingsDetector } from './detectors/date-surroundings';
import { dicomHeaderDetector } from './detectors/dicom-header.detector';
import { chatExportSpeakerDetector } from './detectors/chat-export-speaker.detector';
import { foldLatinDiacritics } from './latin-letter-fold.util';
import { englishNameDetector, isSurnameWord } from './detectors/english-name.detector';
import { fhirResourceDetector } from './detectors/fhir-resource.detector';
import { groupedNumberDetector } from './detectors/grouped-number.detector';
import { hl7SegmentDetector } from './detectors/hl7-segment.detector';
import { labelledNumberDetector } from './detectors/labelled-number.detector';
import { messagingHandleDetector } from './detectors/messaging-handle.detector';
import { organizationDetector } from './detectors/organization.detector';
import { residentIdDetector } from './detectors/resident-id.detector';
import { tableColumnDetector } from './detectors/table-column.detector';
import { toHalfWidthAlphanumerics } from './full-width-text.util';
import { forgetNote } from './regex-scan.util';
import { resolveOverlaps } from './span-resolution.util';
import { namesInOtherScript } from './names-in-other-script';
import { quotedNicknames } from './quoted-nickname';
import { repeatedNameMentions } from './repeated-name-mentions';
import { surnameMentions } from './surname-mentions';
import { registrationNumbersAfterNames } from './registration-after-name';

export const BUILT_IN_DETECTORS: readonly PhiDetector[] = [
  residentIdDetector,
  contactDetector,
  labelledNumberDetector,
  groupedNumberDetector,
  messagingHandleDetector,
  dateDetector,
  dateSurroundingsDetector,
  birthDateDetector,
  ageDetector,
  addressDetector,
  organizationDetector,
  chineseNameDetector,
  englishNameDetector,
  tableColumnDetector,
  chatExportSpeakerDetector,
  hl7SegmentDetector,
  dicomHeaderDetector,
  fhirResourceDetector,
];

/** Site patterns outrank built-in ones: the hospital knows its own MRN format best. */
const SITE_PATTERN_PRIORITY = 70;
/** Confidence of a candidate whose detector gives none: a pattern, label or checksum matched. */
export const DEFAULT_PATTERN_SCORE = 0.9;
/**
 * Default threshold, tuned for recall: name candidates with a surname and one piece of context pass;
 * a lone surname-like word with no context (score ~0.3) does not.
 */
export const DEFAULT_MIN_SCORE = 0.5;

export interface Deidentifier {
  deidentify(text: string): DeidResult;
}

function compileSitePattern(extra: DeidExtraPattern): PhiDetector {
  if (!(PHI_TYPES as readonly string[]).includes(extra.type)) {
    throw new DeidConfigError(DeidErrorCode.UnknownType, `unknown de-identification type "${extra.type}"`);
  }
  const flags = new Set(extra.pattern.flags.replace('y', ''));
  flags.add('g');
  flags.add('d');
  const regex = new RegExp(extra.pattern.source, [...flags].join(''));
  if (regex.test('')) {
    throw new DeidConfigError(DeidErrorCode.PatternMatchesEmpty, `site pattern for "${extra.type}" matches the empty string`);
  }
  return {
    name: `site:${extra.type}`,
    detect(text: string): Detection[] {
      const detections: Detection[] = [];
      regex.lastIndex = 0;
      let match: RegExpExecArray | null;
      while ((match = regex.exec(text)) !== null) {
        if (match[0].length === 0) {
          regex.lastIndex++;
          continue;
        }
        // The 'd' flag adds `indices` (ES2022); the workspace lib setting predates its typing.
        const groupIndices = (match as RegExpExecArray & { indices?: ([number, number] | undefined)[] }).indices?.[1];
        const [start, end] = groupIndices ?? [match.index, match.index + match[0].length];
        detections.push({ type: extra.type, start, end, priority: SITE_PATTERN_PRIORITY, score: 1 });
      }
      return detections;
    },
  };
}

function replaceSpans(text: string, findings: readonly DeidFinding[], placeholders: Record<PhiType, string>): string {
  let output = '';
  let cursor = 0;
  for (const finding of findings) {
    output += text.slice(cursor, finding.start) + placeholders[finding.type];
    cursor = finding.end;
  }
  return output + text.slice(cursor);
}

/**
 * Where a name found once is looked for again, in this order, each reading the names the one before left: written in
 * the other script beside it (John Miller（米约翰）), a nickname quoted after it (Harold Jenkins ("Hal")), every other
 * mention of it (Beryl after Mrs Beryl Ashcroft), and its surname alone before what the person does (Green was).
 */
const NAME_FOUND_AGAIN_STAGES: readonly { detector: string; find: (text: string, found: readonly Detection[]) => Detection[] }[] = [
  { detector: 'name-in-other-script', find: namesInOtherScript },
  { detector: 'quoted-nickname', find: quotedNicknames },
  { detector: 'repeated-name', find: repeatedNameMentions },
  { detector: 'surname-mention', find: surnameMentions },
];

/** Every reading of NAME_FOUND_AGAIN_STAGES goes through the same clinical guards as the rest. */
function withNamesFoundAgain(text: string, resolved: Detection[], minScore: number): Detection[] {
  const keep = (mention: Detection): boolean =>
    (mention.score ?? 0) >= minScore &&
    !isLatinEponymBeforeHanScale(text, mention.start, mention.end) &&
    !coversClinicalContent(text, 'name', mention.start, mention.end);
  return NAME_FOUND_AGAIN_STAGES.reduce((found, { detector, find }) => {
    const mentions = find(text, found)
      .filter(keep)
      .map((mention) => ({ ...mention, detector }));
    return mentions.length > 0 ? resolveOverlaps([...found, ...mentions]) : found;
  }, resolved);
}

/**
 * Parts of one name that rules read apart are joined: a surname, a comma and the given names ("Ebanks, Clifton Oswald"),
 * two Latin names one space apart, and a name typed with a space between its characters whose last character a rule left
 * behind ("张 伟 东", on a scanned form). A list of names joined this way is still all redacted.
 */
const SPACED_TWO_HAN = /^[\u4e00-\u9fa5] [\u4e00-\u9fa5]$/;
const SPACED_HAN_CHARACTER_AFTER = /^ [\u4e00-\u9fa5](?=[\s（(，,：:]|$)/;
const HAN = /[\u4e00-\u9fa5]/;
const NAME_PARTS_GAP = /^(?:,[ \t]?|[ \t])$/;
/** A surname written before a found given name and a comma, where a field or a label opens: '"Ebanks, Clifton Oswald"'. */
const SURNAME_AND_COMMA_BEFORE = /(?:^|[\s"'(:|])([A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?), ?$/;

function surnameBefore(text: string, name: Detection): number {
  const before = SURNAME_AND_COMMA_BEFORE.exec(text.slice(Math.max(0, name.start - 30), name.start));
  const surname = before?.[1];
  if (!surname || !/^[A-Z][a-z]+ [A-Z]/.test(text.slice(name.start, name.end))) return 0;
  return isSurnameWord(surname) ? (before?.[0].length ?? 0) - (before?.[0].indexOf(surname) ?? 0) : 0;
}

function withNamePartsJoined(text: string, found: readonly Detection[]): Detection[] {
  const joined: Detection[] = [];
  for (const detection of found) {
    let current = detection;
    if (current.type === 'name') {
      const value = text.slice(current.start, current.end);
      if (SPACED_TWO_HAN.test(value) && SPACED_HAN_CHARACTER_AFTER.test(text.slice(current.end, current.end + 3)))
        current = { ...current, end: current.end + 2 };
      const surname = surnameBefore(text, current);
      if (surname > 0) current = { ...current, start: current.start - surname };
    }
    const previous = joined[joined.length - 1];
    // A name and its other script's form side by side ("黃柏翰 Huang Po-Han") stay two names.
    const sameScript = previous !== undefined && !HAN.test(text.slice(previous.start, previous.end)) && !HAN.test(text.slice(current.start, current.end));
    if (
      previous &&
      sameScript &&
      previous.type === 'name' &&
      current.type === 'name' &&
      current.start >= previous.end &&
      NAME_PARTS_GAP.test(text.slice(previous.end, current.start))
    ) {
      joined[joined.length - 1] = { ...previous, end: current.end };
      continue;
    }
    if (previous && current.start < previous.end) {
      // A name taken wider now reaches the finding before it: it keeps only what lies past that finding.
      if (current.end <= previous.end) continue;
      current = { ...current, start: previous.end };
    }
    joined.push(current);
  }
  return joined;
}

/** The register numbers clinicians sign with after their names (Dr Sione Fifita (MCNZ 45821)), read once names are known. */
function withRegistrationsAfterNames(text: string, resolved: Detection[], minScore: number): Detection[] {
  const registrations = registrationNumbersAfterNames(text, resolved)
    .filter((registration) => (registration.score ?? 0) >= minScore && !coversClinicalContent(text, 'license', registration.start, registration.end))
    .map((registration) => ({ ...registration, detector: 'registration-after-name' }));
  return registrations.length > 0 ? resolveOverlaps([...resolved, ...registrations]) : resolved;
}

/** Builds a de-identifier for one site configuration; regexes are compiled once here, not per call. */
export function createDeidentifier(options: DeidOptions = {}): Deidentifier {
  const disabled = new Set<PhiType>(options.disabledTypes ?? []);
  const detectors = [...BUILT_IN_DETECTORS, ...(options.extraPatterns ?? []).map(compileSitePattern)];
  const placeholders: Record<PhiType, string> = { ...DEFAULT_PLACEHOLDERS, ...options.placeholders };
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  if (!(minScore >= 0 && minScore <= 1)) {
    throw new DeidConfigError(DeidErrorCode.InvalidThreshold, `minScore must be a number from 0 to 1, got ${String(minScore)}`);
  }
  return {
    deidentify(text: string): DeidResult {
      // Detectors see full-width digits and letters as ASCII and traditional Chinese in simplified characters (陳大文 as
      // 陈大文, 醫院 as 医院); one code unit for one, so their spans index `text` too.
      const detectable = toSimplifiedShadow(toHalfWidthAlphanumerics(text));
      const context: DetectionContext = { referenceYear: options.referenceYear ?? Math.max(new Date().getUTCFullYear(), latestYearIn(detectable)) };
      const candidates: Detection[] = [];
      // English names are read with their diacritics folded ("Trần Thị Mai" as "Tran Thi Mai"): only where the text has any.
      let folded: string | undefined;
      for (const detector of detectors) {
        const input = detector === englishNameDetector ? (folded ??= foldLatinDiacritics(detectable)) : detectable;
        for (const candidate of detector.detect(input, context)) {
          const score = candidate.score ?? DEFAULT_PATTERN_SCORE;
          if (score < minScore || disabled.has(candidate.type)) continue;
          // "Ann Arbor分期", "Lauren分型": a Latin word before a Chinese staging or score word is an eponym, whichever rule read a name.
          if (candidate.type === 'name' && isLatinEponymBeforeHanScale(detectable, candidate.start, candidate.end)) continue;
          // Organisms, two-name eponyms, wards, ancestry, scores named after an institution, countries: clinical content.
          if (coversClinicalContent(detectable, candidate.type, candidate.start, candidate.end)) continue;
          // One object shape for every candidate keeps sorting and resolution monomorphic.
          const { type, start, end, priority } = candidate;
          candidates.push({ type, start, end, priority, score, detector: candidate.detector ?? detector.name });
        }
      }
      forgetNote();
      const resolved = resolveOverlaps(candidates);
      // A site that does not redact names gets no name from these readings either.
      const named = disabled.has('name') ? resolved : withNamePartsJoined(detectable, withNamesFoundAgain(detectable, resolved, minScore));
      const found = disabled.has('license') ? named : withRegistrationsAfterNames(detectable, named, minScore);
      const findings: DeidFinding[] = found.map(({ type, start, end, detector, score }) => ({
        type,
        start,
        end,
        detector: detector ?? 'unknown',
        score: Math.round((score ?? DEFAULT_PATTERN_SCORE) * 100) / 100,
      }));
      return { text: replaceSpans(text, findings, placeholders), findings };
    },
  };
}

const defaultDeidentifier = createDeidentifier();

export function deidentify(text: string, options?: DeidOptions): DeidResult {
  return (options ? createDeidentifier(options) : defaultDeidentifier).deidentify(text);
}

export function countFindingsByType(findings: readonly DeidFinding[]): Partial<Record<PhiType, number>> {
  const counts: Partial<Record<PhiType, number>> = {};
  for (const finding of findings) counts[finding.type] = (counts[finding.type] ?? 0) + 1;
  return counts;
}
