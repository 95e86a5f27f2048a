import { formatOfFileName, likelyTextColumn, uploadColumnsOf } from './upload-columns.util';

describe('uploadColumnsOf', () => {
  it('reads a CSV header with a byte-order mark, quoted names and a comma inside quotes', () => {
    expect(uploadColumnsOf({ format: 'csv', head: '\uFEFFid,"ward, code","discharge ""summary"""\r\n1,A,"x"\r\n' })).toEqual({
      kind: 'columns',
      columns: ['id', 'ward, code', 'discharge "summary"'],
    });
  });

  it('says a CSV whose header does not end within the part read is unreadable', () => {
    expect(uploadColumnsOf({ format: 'csv', head: 'id,text' })).toEqual({ kind: 'unreadable' });
    expect(uploadColumnsOf({ format: 'csv', head: '\r\n' })).toEqual({ kind: 'unreadable' });
  });

  it('offers the text and number fields of the first JSONL record', () => {
    expect(uploadColumnsOf({ format: 'jsonl', head: '\n{"id":1,"note":"出院带药","tags":["a"],"dept":"CARD"}\n{"id":2' })).toEqual({
      kind: 'columns',
      columns: ['id', 'note', 'dept'],
    });
    expect(uploadColumnsOf({ format: 'jsonl', head: '[1,2]\n' })).toEqual({ kind: 'unreadable' });
    expect(uploadColumnsOf({ format: 'jsonl', head: '{"id":' })).toEqual({ kind: 'unreadable' });
  });

  it('offers no column for a zip', () => {
    expect(uploadColumnsOf({ format: 'zip', head: 'PK' })).toEqual({ kind: 'none' });
  });
});

describe('formatOfFileName', () => {
  it('takes the format from the extension, any case, and refuses others', () => {
    expect(formatOfFileName('a.CSV')).toBe('csv');
    expect(formatOfFileName('notes.ndjson')).toBe('jsonl');
    expect(formatOfFileName('batch.zip')).toBe('zip');
    expect(formatOfFileName('summary.xlsx')).toBeNull();
  });
});

describe('likelyTextColumn', () => {
  it('prefers `text`, then a name that says text, else none', () => {
    expect(likelyTextColumn(['id', 'Text'])).toBe('Text');
    expect(likelyTextColumn(['id', 'ward', 'discharge_summary'])).toBe('discharge_summary');
    expect(likelyTextColumn(['id', 'ward'])).toBeNull();
  });
});
