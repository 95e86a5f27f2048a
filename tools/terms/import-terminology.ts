// MedLocal terminology import: reads vendor files, builds a TerminologyOverlay with the
// clinical-terms importers, checks it against the shipped dictionary and writes it as JSON.
// Run through the wrapper: node tools/terms/import-terminology.mjs <kind> <files...> --out <overlay.json>
import { readFileSync, writeFileSync } from 'node:fs';

// Loaded lazily (as the benchmark does), so the CLI can print usage without building the dictionary.
type ClinicalTerms = typeof import('@medlocal/clinical-terms');
type ImportOutcome = ReturnType<ClinicalTerms['importIcd11Tabulation']>;

const USAGE = `usage: node tools/terms/import-terminology.mjs <kind> <files...> --out <overlay.json> [options]

kinds:
  icd11-tabulation <SimpleTabulation-ICD-11-MMS-xx.txt> [--language en|zh]
  icd10-icd11-map <10To11MapToOneCategory.txt>
  snomed-rf2 <sct2_Concept_Snapshot.txt> <sct2_Description_Snapshot-xx.txt> <der2_cRefset_LanguageSnapshot-xx.txt> [--refset <languageRefsetId>]
  hospital-icd10 <table.csv>   (CSV, UTF-8 with or without BOM, columns 编码,名称 or code,name; export XLSX as CSV first)`;

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  if (index < 0) return undefined;
  const value = args[index + 1];
  args.splice(index, 2);
  return value;
}

function run(terms: ClinicalTerms, kind: string, files: string[], args: string[]): ImportOutcome {
  const { importHospitalIcd10Table, importIcd10ToIcd11Map, importIcd11Tabulation, importSnomedRf2, shippedDictionary } = terms;
  const readText = (path: string): string => {
    const bytes = readFileSync(path);
    terms.assertNotSpreadsheet(bytes);
    return bytes.toString('utf8');
  };
  const need = (count: number) => {
    if (files.length !== count) throw new Error(`${kind} needs ${count} file(s)\n\n${USAGE}`);
  };
  switch (kind) {
    case 'icd11-tabulation': {
      need(1);
      const language = option(args, '--language') ?? (/-zh\b|_zh\b/i.test(files[0]) ? 'zh' : 'en');
      if (language !== 'en' && language !== 'zh') throw new Error('--language must be en or zh');
      return importIcd11Tabulation({ text: readText(files[0]), language });
    }
    case 'icd10-icd11-map':
      need(1);
      return importIcd10ToIcd11Map({ text: readText(files[0]) });
    case 'snomed-rf2': {
      need(3);
      const dictionary = shippedDictionary();
      const wanted = new Set([...dictionary.conditions, ...dictionary.anatomy].map((concept) => concept.snomed).filter((id): id is string => id !== null));
      return importSnomedRf2({
        concepts: readText(files[0]),
        descriptions: readText(files[1]),
        languageRefset: readText(files[2]),
        languageRefsetId: option(args, '--refset'),
        onlyConceptIds: wanted,
      });
    }
    case 'hospital-icd10':
      need(1);
      return importHospitalIcd10Table({ text: readText(files[0]) });
    default:
      throw new Error(`unknown kind "${kind}"\n\n${USAGE}`);
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const out = option(args, '--out');
  const [kind, ...rest] = args;
  const files = rest.filter((arg, index) => !arg.startsWith('--') && !(rest[index - 1] ?? '').startsWith('--'));
  if (kind === undefined || out === undefined) {
    console.error(USAGE);
    process.exitCode = 2;
    return;
  }
  const terms: ClinicalTerms = await import('@medlocal/clinical-terms');
  try {
    const outcome = run(terms, kind, files, rest);
    const { collisions } = terms.mergeOverlay(terms.shippedDictionary(), outcome.overlay);
    writeFileSync(out, `${JSON.stringify(outcome.overlay, null, 2)}\n`);
    console.log(`${kind}: ${outcome.rows} rows, ${outcome.accepted} accepted, ${outcome.rejected.length} rejected -> ${out}`);
    for (const row of outcome.rejected.slice(0, 20)) console.log(`  rejected line ${row.line}: ${row.reason}`);
    console.log(`collisions with the shipped dictionary: ${collisions.length}`);
    for (const collision of collisions.slice(0, 20)) {
      console.log(
        `  ${collision.table} ${collision.code}${collision.conceptId ? ` (${collision.conceptId})` : ''}: "${collision.existing}" -> "${collision.incoming}"`,
      );
    }
  } catch (error) {
    console.error(error instanceof terms.TerminologyImportError ? `${error.code}: ${error.message}` : (error as Error).message);
    process.exitCode = 1;
  }
}

await main();
