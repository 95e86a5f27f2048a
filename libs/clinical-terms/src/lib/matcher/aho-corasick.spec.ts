import { AhoCorasick } from './aho-corasick';

describe(AhoCorasick.name, () => {
  it('reports every occurrence including overlapping and nested ones', () => {
    const sut = new AhoCorasick<string>();
    for (const word of ['he', 'she', 'his', 'hers']) sut.add(word, word);
    sut.build();
    const found: string[] = [];
    sut.scan('ushers', ({ start, end, payloads }) => found.push(`${payloads.join('|')}@${start}-${end}`));
    expect(found).toEqual(['she@1-4', 'he@2-4', 'hers@2-6']);
  });

  it('finds Chinese patterns without word boundaries', () => {
    const sut = new AhoCorasick<string>();
    sut.add('心肌梗死', 'mi');
    sut.add('梗死', 'infarct');
    const found: string[] = [];
    sut.scan('急性心肌梗死后', ({ payloads, start }) => found.push(`${payloads[0]}@${start}`));
    expect(found).toEqual(['mi@2', 'infarct@4']);
  });
});
