/**
 * A set of UTF-16 code units, looked up in a table. irregexp tests a class of many Han characters ([次扎卓…]) by searching
 * its ranges at every position of the note; a loop over the note with this table finds the same positions for a fraction
 * of that.
 */
export class CodeUnitSet {
  private readonly members = new Uint8Array(0x10000);

  constructor(characters: string) {
    for (let index = 0; index < characters.length; index++) this.members[characters.charCodeAt(index)] = 1;
  }

  has(code: number): boolean {
    return this.members[code] === 1;
  }

  /** Index of the first code unit of `text` at or after `from` that is in the set, or -1. */
  indexIn(text: string, from = 0): number {
    for (let index = Math.max(0, from); index < text.length; index++) if (this.members[text.charCodeAt(index)] === 1) return index;
    return -1;
  }
}
