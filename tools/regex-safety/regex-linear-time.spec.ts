import { readFileSync } from 'node:fs';
import path from 'node:path';
import { findRegexSites } from './find-regex-sites.util';
import { pathologicalInputs } from './pathological-inputs.util';
import { recordRegExpConstructions } from './record-regexp-constructions.util';
import { growthOverQuarter, slowestScan } from './time-regex-scan.util';

/**
 * Every regular expression that MedLocal runs on user text — de-identification, clinical-term
 * extraction, prompting (answer parsing, lint, question assessment) — must scan pathological input of
 * the longest text it can be given in under BOUND_MS. The patterns are found, not listed: regex literals
 * from the syntax tree, `new RegExp(...)` by recording the global constructor while the libraries load
 * and run, so a pattern added tomorrow is checked without anyone registering it.
 */
const workspaceRoot = path.resolve(__dirname, '../..');
const BOUND_MS = 100;
/**
 * On a busy machine a linear pattern can cross BOUND_MS; it passes only while its time grows linearly with
 * the input (quarter → full under GROWTH_LIMIT, where linear is ~4 and quadratic ~16) and stays under
 * BUSY_MACHINE_CEILING_MS. A backtracking pattern fails either way.
 */
const GROWTH_LIMIT = 8;
const BUSY_MACHINE_CEILING_MS = 10 * BOUND_MS;
/** A chat message is capped at 8,000 characters; a batch document at 200,000 (de-identified and term-extracted). */
const CHAT_MAX = 8_000;
const DOCUMENT_MAX = 200_000;

/** A loaded source file of the area, by workspace-relative path. */
type LoadModule = (file: string) => Record<string, (...args: never[]) => unknown>;

interface Area {
  readonly name: string;
  readonly folders: readonly string[];
  readonly maxLength: number;
  /** Runs the library on ordinary text so regexes built inside functions are recorded too. */
  readonly exercise: (load: LoadModule) => void;
}

const SAMPLE_TEXTS = [
  '患者张三，男，92岁，病历号MRN 88442211，电话13812345678，入院日期2024-03-05。血压165/95mmHg，心率102次/分，肌酐132μmol/L。',
  '心电图示V1-V4导联ST段抬高0.3 mV，QTc 480 ms，T波倒置。阿司匹林100 mg qd口服，利伐沙班15 mg qd。',
  'Patient John Smith, MRN 00482913, aged 93. ECG: ST elevation in leads V1-V4, prolonged QTc. Aspirin 81 mg daily. Creatinine 1.5 mg/dL.',
  '根据2023 ESC指南（I类推荐，A级证据），可能需要行冠脉造影。建议考虑PCI。',
];

const AREAS: readonly Area[] = [
  {
    name: 'de-identification',
    folders: ['libs/audit/src/lib/deid'],
    maxLength: DOCUMENT_MAX,
    exercise: (load) => {
      const { deidentify } = load('libs/audit/src/lib/deid/deidentifier.ts') as { deidentify: (text: string) => unknown };
      const { DEID_GOLD_SET } = load('libs/audit/src/lib/deid/gold/deid-gold-set.ts') as unknown as { DEID_GOLD_SET: { text: string }[] };
      for (const text of [...SAMPLE_TEXTS, ...DEID_GOLD_SET.map((sentence) => sentence.text)]) deidentify(text);
    },
  },
  {
    name: 'clinical terms',
    folders: ['libs/clinical-terms/src/lib'],
    maxLength: DOCUMENT_MAX,
    exercise: (load) => {
      const { shippedTermEngine } = load('libs/clinical-terms/src/lib/dictionary/shipped-dictionary.ts') as {
        shippedTermEngine: () => { extract(text: string): unknown; search(query: string): unknown };
      };
      const gold = readFileSync(path.join(workspaceRoot, 'libs/clinical-terms/src/gold/gold-set.json'), 'utf8');
      const goldTexts = (gold.match(/"text":\s*"(?:[^"\\]|\\.)*"/g) ?? []).map((entry) => JSON.parse(entry.slice(entry.indexOf('"', 6))) as string);
      const engine = shippedTermEngine();
      for (const text of [...SAMPLE_TEXTS, ...goldTexts]) engine.extract(text);
      engine.search('高血压');
    },
  },
  {
    name: 'prompting',
    folders: ['libs/prompting/src/lib'],
    maxLength: CHAT_MAX,
    exercise: (load) => {
      const { lintReasoning } = load('libs/prompting/src/lib/lint/lint-reasoning.util.ts') as {
        lintReasoning: (input: { thought: string; answer: string }) => unknown;
      };
      const { assessQuestion } = load('libs/prompting/src/lib/question/assess-question.util.ts') as {
        assessQuestion: (text: string, facts: unknown) => unknown;
      };
      const { emptyTurnFacts } = load('libs/prompting/src/lib/profile/turn-facts.model.ts') as { emptyTurnFacts: () => unknown };
      const { parseAnswer } = load('libs/prompting/src/lib/answer/answer-section-parser.ts') as { parseAnswer: (text: string) => unknown };
      for (const text of SAMPLE_TEXTS) {
        lintReasoning({ thought: text, answer: text });
        assessQuestion(text, emptyTurnFacts());
        parseAnswer(`## 结论\n${text}\n## 依据\n${text}`);
      }
    },
  },
];

/** Patterns that are not MedLocal's: built from configuration, where the site that writes them owns their cost. */
const CONFIGURED_PATTERNS: Readonly<Record<string, string>> = {
  'libs/audit/src/lib/deid/deidentifier.ts': "a hospital's own extraPatterns (site configuration, not user input)",
};

interface Pattern {
  readonly location: string;
  readonly regex: RegExp;
}

/** Loads every source file of the area with `RegExp` recorded, runs the library, and returns every pattern found. */
async function collect(area: Area): Promise<{ patterns: Pattern[]; unrecorded: string[] }> {
  const { files, sites } = findRegexSites({ workspaceRoot, folders: area.folders, skipFolders: ['testing'] });
  const recorder = recordRegExpConstructions({ workspaceRoot, folders: area.folders });
  try {
    vi.resetModules();
    const modules = new Map<string, Record<string, (...args: never[]) => unknown>>();
    for (const file of files) modules.set(path.relative(workspaceRoot, file).split(path.sep).join('/'), await import(file));
    area.exercise((file) => {
      const loaded = modules.get(file);
      if (!loaded) throw new Error(`${file} is not a source file of ${area.name}`);
      return loaded;
    });
  } finally {
    recorder.restore();
  }
  const constructedAt = new Map<string, RegExp[]>();
  for (const { regex, location } of recorder.constructed) {
    if (location) constructedAt.set(location, [...(constructedAt.get(location) ?? []), regex]);
  }
  const patterns: Pattern[] = [];
  const unrecorded: string[] = [];
  for (const site of sites) {
    if (site.kind === 'literal' && site.regex) {
      patterns.push({ location: site.location, regex: site.regex });
    } else if (!(site.file in CONFIGURED_PATTERNS)) {
      const built = constructedAt.get(site.location) ?? [];
      if (built.length === 0) unrecorded.push(site.location);
      for (const regex of built) patterns.push({ location: site.location, regex });
    }
  }
  return { patterns: dedupe(patterns), unrecorded };
}

function dedupe(patterns: readonly Pattern[]): Pattern[] {
  const seen = new Set<string>();
  return patterns.filter(({ regex }) => {
    const key = `${regex.flags}/${regex.source}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

describe.each(AREAS.map((area) => [area.name, area] as const))('regular expressions of %s run in linear time', (_, area) => {
  let found: { patterns: Pattern[]; unrecorded: string[] };

  beforeAll(async () => {
    found = await collect(area);
  });

  it('finds the patterns in the source, and every pattern built at run time', () => {
    expect(found.patterns.length).toBeGreaterThan(5);
    expect(found.unrecorded, 'new RegExp(...) sites that neither loading nor running the library reached').toEqual([]);
  });

  it(`scans pathological input of ${area.maxLength.toLocaleString('en')} characters in under ${BOUND_MS} ms with every pattern`, { timeout: 600_000 }, () => {
    const tooSlow: string[] = [];
    for (const { location, regex } of found.patterns) {
      const slowest = slowestScan({ regex, inputs: pathologicalInputs(regex), maxLength: area.maxLength, boundMs: BOUND_MS });
      if (slowest.milliseconds < BOUND_MS) continue;
      const growth = slowest.milliseconds < BUSY_MACHINE_CEILING_MS ? growthOverQuarter({ regex, input: slowest.input }) : Infinity;
      if (growth >= GROWTH_LIMIT) {
        tooSlow.push(
          `${location} /${regex.source.slice(0, 80)}/: ${slowest.milliseconds.toFixed(0)} ms on ${slowest.length} characters starting ${slowest.inputStart} (${growth.toFixed(1)}× its first quarter)`,
        );
      }
    }
    expect(tooSlow).toEqual([]);
  });
});
