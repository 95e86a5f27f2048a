import { parseUserImportCsv } from './user-import-csv.util';

const HEADER = 'username,display_name,department,roles';
const csv = (...lines: string[]) => Buffer.from(lines.join('\n'), 'utf8');
const parse = (bytes: Buffer, maxRows = 500) => parseUserImportCsv({ bytes, maxRows });
const problemsOf = (bytes: Buffer, maxRows?: number) => parse(bytes, maxRows).problems.map(({ line, code }) => ({ line, code }));

describe(parseUserImportCsv.name, () => {
  it('reads 50 users and lists exactly the 3 bad lines, by the line number an editor shows', () => {
    const lines = Array.from({ length: 50 }, (_, index) => `nurse.${index + 1},护士${index + 1},CARD,clinician`);
    lines[9] = 'Bad Name!,护士10,CARD,clinician';
    lines[24] = 'nurse.25,,CARD,clinician';
    lines[39] = 'nurse.40,护士40,CARD,doctor';

    const sut = parse(csv(HEADER, ...lines));

    expect(sut.rowCount).toBe(50);
    expect(sut.problems.map(({ line, code }) => ({ line, code }))).toEqual([
      { line: 11, code: 'username_invalid' },
      { line: 26, code: 'display_name_missing' },
      { line: 41, code: 'role_unknown' },
    ]);
    expect(sut.lines).toHaveLength(47);
    expect(sut.lines[0]).toEqual({ line: 2, username: 'nurse.1', displayName: '护士1', departmentCode: 'CARD', roles: ['clinician'] });
  });

  it('drops a UTF-8 byte-order mark (Excel "CSV UTF-8") and refuses UTF-16 and GBK files by name', () => {
    const body = csv(HEADER, 'li.na,李娜,CARD,clinician');
    expect(parse(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body])).problems).toEqual([]);
    expect(problemsOf(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${HEADER}\n`, 'utf16le')]))).toEqual([{ line: 0, code: 'encoding' }]);
    // 李娜 in GBK on line 3: the problem names that line.
    const gbk = Buffer.concat([csv(HEADER, 'wang.fang,Wang,CARD,clinician', 'li.na,'), Buffer.from([0xc0, 0xee, 0xc4, 0xc8]), Buffer.from(',CARD,clinician')]);
    expect(problemsOf(gbk)).toEqual([{ line: 3, code: 'encoding' }]);
  });

  it('names a duplicate by the line its username first appeared on, whatever its case', () => {
    const sut = parse(csv(HEADER, 'zhang.wei,张伟,CARD,clinician', 'li.na,李娜,CARD,clinician', 'Zhang.Wei,张伟二,CARD,researcher'));
    expect(sut.problems).toEqual([expect.objectContaining({ line: 4, code: 'username_duplicate', value: '2' })]);
  });

  it('refuses a header without a column, or with one it does not know, before reading any line', () => {
    expect(problemsOf(csv('username,display_name,roles', 'li.na,李娜,clinician'))).toEqual([{ line: 1, code: 'column_missing' }]);
    expect(problemsOf(csv(`${HEADER},email`, 'li.na,李娜,CARD,clinician,x@example.org'))).toEqual([{ line: 1, code: 'column_unknown' }]);
    expect(parse(csv('用户名,姓名,科室,角色', 'li.na,李娜,CARD,clinician')).problems).toEqual([]);
    expect(problemsOf(Buffer.alloc(0))).toEqual([{ line: 0, code: 'empty_file' }]);
  });

  it('counts lines across quoted line breaks and empty lines, and lists lines with the wrong number of fields', () => {
    const sut = parse(csv(HEADER, '"li.na","李娜', '（心内科）",CARD,clinician', '', 'wang.fang,王芳,CARD', 'zhao.lei,赵磊,CARD,"clinician;researcher"'));
    expect(sut.problems.map(({ line, code }) => ({ line, code }))).toEqual([{ line: 5, code: 'field_count' }]);
    expect(sut.lines.map(({ line, username, roles }) => ({ line, username, roles }))).toEqual([
      { line: 2, username: 'li.na', roles: ['clinician'] },
      { line: 6, username: 'zhao.lei', roles: ['clinician', 'researcher'] },
    ]);
  });

  it('lists a line that is not valid CSV and goes on with the rest', () => {
    const sut = parse(csv(HEADER, 'li.na,李"娜",CARD,clinician', 'wang.fang,王芳,CARD,clinician'));
    expect(sut.problems.map(({ line, code }) => ({ line, code }))).toEqual([{ line: 2, code: 'malformed_csv' }]);
    expect(sut.lines.map(({ line, username }) => ({ line, username }))).toEqual([{ line: 3, username: 'wang.fang' }]);
  });

  it('refuses more rows than one import takes, naming the first line past the limit', () => {
    const lines = Array.from({ length: 4 }, (_, index) => `nurse.${index + 1},N${index + 1},CARD,clinician`);
    expect(problemsOf(csv(HEADER, ...lines), 3)).toEqual([{ line: 5, code: 'too_many_rows' }]);
    expect(problemsOf(csv(HEADER, ...lines), 4)).toEqual([]);
  });
});
