/**
 * Decides what of a `departmentColumn` value may be kept. The column is meant for department
 * codes, but a researcher may point it at any column, and whatever is kept is stored with each
 * document and shown in results. No shape tells a code from patient data: "ZhangWei",
 * "wangfang0312", "HIV_pos" and "room-3101" all look like codes. So a value is kept only when it
 * is, exactly (case included), the code of a department in the `department` table; anything else
 * is dropped (the document counts under an unknown department) and counted.
 */
export class DepartmentCodeFilter {
  private droppedCount = 0;

  constructor(private readonly knownCodes: ReadonlySet<string>) {}

  /** The value to store, or null when the value was dropped. */
  keep(value: string | null): string | null {
    if (value === null) return null;
    if (this.knownCodes.has(value)) return value;
    this.droppedCount += 1;
    return null;
  }

  get dropped(): number {
    return this.droppedCount;
  }
}
