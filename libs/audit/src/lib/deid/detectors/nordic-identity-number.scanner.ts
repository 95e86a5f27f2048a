import { isValidFinnishHenkilotunnus, isValidNorwegianFodselsnummer, isValidSwedishPersonnummer, isValidTwoDigitYearDate } from '../check-digits.util';
import type { Detection } from '../deid.types';
import { LABEL_SEPARATOR, NOT_BEFORE_ALNUM, scanLastGroup } from '../regex-scan.util';

/**
 * National identity numbers of the Nordic countries, which begin with the holder's birth date. Bare, a number counts
 * only when its check digits hold (Sweden, Norway, Finland); after its label, any number of that shape does, as for
 * the other national IDs. Denmark's CPR number has had no check digit since 2007, so it counts only after its label.
 */

/** Swedish personnummer: [YY]YYMMDD-NNNC ("+" from the year a holder turns 100). */
const SWEDISH = /(?<![\dA-Za-z+-])((?:18|19|20)?\d{6}[-+]\d{4})(?![\dA-Za-z]|[-+]\d)/g;
const LABELLED_SWEDISH = new RegExp(
  String.raw`(?:personnummer|personnr\.?|pers\.?\s?nr\.?|pnr\.?|samordningsnummer)${LABEL_SEPARATOR}((?:18|19|20)?\d{6}[-+]?\d{4})${NOT_BEFORE_ALNUM}`,
  'gi',
);
/** Norwegian fødselsnummer or D-number: DDMMYY NNNNN, the space often left out. */
const NORWEGIAN = /(?<![\d.,/:-])(\d{6} ?\d{5})(?![\d/:%-]|[.,]\d|\s\d)/g;
const LABELLED_NORWEGIAN = new RegExp(
  String.raw`(?:fødselsnummer|fødselsnr\.?|f\.\s?nr\.?|fnr\.?|d-nummer)${LABEL_SEPARATOR}(\d{6} ?\d{5})${NOT_BEFORE_ALNUM}`,
  'gi',
);
/** Finnish henkilötunnus: DDMMYY, the century sign, three digits and the check character. */
const FINNISH = /(?<![0-9A-Za-z])(\d{6}[-+A-FU-Y]\d{3}[0-9A-Y])(?![0-9A-Za-z])/g;
const LABELLED_FINNISH = new RegExp(
  String.raw`(?:henkilötunnus|hetu|sotu|personbeteckning)${LABEL_SEPARATOR}(\d{6}[-+A-FU-Y]\d{3}[0-9A-Y])${NOT_BEFORE_ALNUM}`,
  'gi',
);
/** Danish CPR number: DDMMYY-NNNN. */
const LABELLED_DANISH = new RegExp(String.raw`(?:\bCPR(?:-?(?:nr|nummer))?\.?|personnummer)${LABEL_SEPARATOR}(\d{6}-?\d{4})${NOT_BEFORE_ALNUM}`, 'gi');

const hasDanishBirthDate = (value: string) => isValidTwoDigitYearDate(Number(value.slice(4, 6)), Number(value.slice(2, 4)), Number(value.slice(0, 2)));

/** Quick rule-outs: every bare number above has six digits followed by a separator or five more digits. */
const SIX_DIGITS_THEN_SEPARATOR = /\d{6}[-+A-FU-Y]\d{3}/;
const ELEVEN_DIGITS = /\d{6} ?\d{5}/;

export function scanNordicIdentityNumbers(text: string): Detection[] {
  const separated = SIX_DIGITS_THEN_SEPARATOR.test(text);
  const eleven = ELEVEN_DIGITS.test(text);
  if (!separated && !eleven && !/\d{10}/.test(text)) return [];
  return [
    ...(separated ? scanLastGroup({ text, regex: SWEDISH, type: 'id-card', priority: 55, accept: isValidSwedishPersonnummer }) : []),
    ...scanLastGroup({ text, regex: LABELLED_SWEDISH, type: 'id-card', priority: 60 }),
    ...(eleven ? scanLastGroup({ text, regex: NORWEGIAN, type: 'id-card', priority: 55, accept: isValidNorwegianFodselsnummer }) : []),
    ...(eleven ? scanLastGroup({ text, regex: LABELLED_NORWEGIAN, type: 'id-card', priority: 60 }) : []),
    ...(separated ? scanLastGroup({ text, regex: FINNISH, type: 'id-card', priority: 55, accept: isValidFinnishHenkilotunnus }) : []),
    ...(separated ? scanLastGroup({ text, regex: LABELLED_FINNISH, type: 'id-card', priority: 60 }) : []),
    ...scanLastGroup({ text, regex: LABELLED_DANISH, type: 'id-card', priority: 60, accept: hasDanishBirthDate }),
  ];
}
