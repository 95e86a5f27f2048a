/**
 * A site written after a term that names its sites as subtypes: "abdo pain RIF", "脑出血（右侧丘脑）".
 * The site picks the subtype's concept (WHO ICD-11 MD81.1x for abdominal pain by region, 8B00.x for
 * intracerebral haemorrhage by site), so a subtype the clinician wrote is never coded as unspecified.
 * Only a site right after the term counts (after a space, comma, colon or opening bracket, with "in the"
 * or a side): "腹痛，右下肢水肿" names a limb, not the abdomen.
 */

interface SiteRule {
  /** Applied to the folded text right after the term; capture group n picks `subtypes[n - 1]`. */
  readonly pattern: RegExp;
  readonly subtypes: readonly string[];
}

const LEAD = String.raw`^\s{0,2}[,:(]?\s{0,2}`;
const SIDE = String.raw`(?:(?:左侧?|右侧?|双侧|left|right|bilateral)\s{0,2})?`;

const SITE_RULES: Readonly<Record<string, SiteRule>> = {
  'abdominal-pain': {
    pattern: new RegExp(
      LEAD +
        String.raw`(?:(?:in|at|over)\s+(?:the\s+)?|以)?` +
        String.raw`(?:(rif|lif|rlq|llq|(?:right|left)\s+(?:iliac\s+fossa|lower\s+quadrant)|lower\s+abdomen|右下腹|左下腹|下腹)` +
        String.raw`|(ruq|luq|(?:right|left)\s+upper\s+quadrant|epigastri(?:c|um)|upper\s+abdomen|右上腹|左上腹|中上腹|上腹|剑突下))(?![a-z])`,
    ),
    subtypes: ['lower-abdominal-pain', 'upper-abdominal-pain'],
  },
  'intracerebral-haemorrhage': {
    pattern: new RegExp(
      LEAD +
        SIDE +
        String.raw`(?:(丘脑|基底节区?|基底核|内囊|壳核|thalam(?:us|ic)|basal\s+ganglia|putamen|internal\s+capsule)` +
        String.raw`|(脑叶|额叶|顶叶|颞叶|枕叶|lobar|(?:frontal|parietal|temporal|occipital)\s+lobe)` +
        String.raw`|(脑干|脑桥|延髓|中脑|brainstem|brain\s+stem|pons|pontine|medulla)` +
        String.raw`|(小脑|cerebell(?:um|ar)))(?![a-z])`,
    ),
    subtypes: ['deep-hemispheric-haemorrhage', 'lobar-haemorrhage', 'brainstem-haemorrhage', 'cerebellar-haemorrhage'],
  },
};

/** The subtype the site after `from` names, and where the site ends; null when no site follows or the term has no sites. */
export function readSiteAfter(folded: string, conceptId: string, from: number): { conceptId: string; end: number } | null {
  const rule = SITE_RULES[conceptId];
  if (rule === undefined) return null;
  const match = rule.pattern.exec(folded.slice(from, from + 40));
  if (match === null) return null;
  const group = match.findIndex((captured, index) => index > 0 && captured !== undefined);
  return { conceptId: rule.subtypes[group - 1], end: from + match[0].length };
}
