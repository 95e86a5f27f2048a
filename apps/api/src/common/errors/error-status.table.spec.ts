import { joinErrorStatusTables } from './error-status.table';

describe(joinErrorStatusTables.name, () => {
  it("joins the modules' tables into one lookup", () => {
    const sut = joinErrorStatusTables({ chat: { MESSAGE_TOO_LONG: 413 }, terms: { TEXT_TOO_LONG: 413 } });
    expect(sut.get('MESSAGE_TOO_LONG')).toBe(413);
    expect(sut.get('TEXT_TOO_LONG')).toBe(413);
    expect(sut.get('UNLISTED')).toBeUndefined();
  });

  it('accepts a code two modules share with the same status', () => {
    expect(joinErrorStatusTables({ a: { NOT_FOUND: 404 }, b: { NOT_FOUND: 404 } }).get('NOT_FOUND')).toBe(404);
  });

  it('refuses a code two modules map to different statuses, naming both', () => {
    expect(() => joinErrorStatusTables({ chat: { BUSY: 409 }, batches: { BUSY: 503 } })).toThrow(/BUSY is mapped to 409 by chat and to 503 by batches/);
  });
});
