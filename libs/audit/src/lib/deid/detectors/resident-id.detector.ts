import { isValidResidentId15, isValidResidentId18 } from '../check-digits.util';
import type { Detection, PhiDetector } from '../deid.types';
import { LABEL_SEPARATOR, NOT_AFTER_ALNUM, NOT_BEFORE_ALNUM, scanLastGroup } from '../regex-scan.util';

const BARE_ID = new RegExp(String.raw`${NOT_AFTER_ALNUM}(\d{17}[\dXx]|\d{15})${NOT_BEFORE_ALNUM}`, 'g');

/**
 * In an explicit ID context a mistyped check digit is still somebody's ID: context wins over the checksum,
 * in any grouping ("110105 1949 1231 0024", "440306-19850712-3418"); the whole grouped number is redacted.
 */
const LABELLED_ID = new RegExp(
  String.raw`(?:身份证(?:号码|号)?|公民身份号码|居民身份证|证件号码?|ID\s*card(?:\s*(?:no\.?|number))?|national\s+ID|resident\s+ID)${LABEL_SEPARATOR}(\d{6}(?:[ .-]?\d){11}[\dXx]|\d{6}(?:[ .-]?\d){9})${NOT_BEFORE_ALNUM}`,
  'gi',
);

export const residentIdDetector: PhiDetector = {
  name: 'resident-id',
  detect(text: string): Detection[] {
    return [
      ...scanLastGroup({
        text,
        regex: BARE_ID,
        type: 'id-card',
        priority: 50,
        accept: (value) => (value.length === 18 ? isValidResidentId18(value) : isValidResidentId15(value)),
      }),
      ...scanLastGroup({ text, regex: LABELLED_ID, type: 'id-card', priority: 60 }),
    ];
  },
};
