/** Pinyin syllables (initial + final), for the given-name part of a Pinyin name. */
export const PINYIN_SYLLABLE = String.raw`(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ve|ue|er|a|o|e|i|u|v)`;
/** A one-to-three-syllable Pinyin given name, in any case. */
export const PINYIN_GIVEN = new RegExp(`^(?:${PINYIN_SYLLABLE}){1,3}$`, 'i');
