import { nameBoundaryAt } from './han-word-boundary.util';

describe(nameBoundaryAt.name, () => {
  const sut = (text: string, surnameLength: number, nameLength: number, checkSurname = true) =>
    nameBoundaryAt({ text, start: 0, surnameEnd: checkSurname ? surnameLength : 0, end: nameLength });

  it('sees a word start right after a name', () => {
    expect(sut('郭建平核对身份', 1, 3)).toBe('word');
    expect(sut('薛桂兰下午体温正常', 1, 3)).toBe('word');
  });

  it('sees no boundary where the candidate ends inside a word', () => {
    expect(sut('高血压病史', 1, 2)).toBe('none');
  });

  it('sees no name where the surname character opens a word', () => {
    expect(sut('房东李建设陪同', 1, 3)).toBe('none');
    expect(sut('房东李建设陪同', 1, 3, false)).not.toBe('none');
  });

  it('counts the end of the text as a boundary', () => {
    expect(sut('王建国', 1, 3)).toBe('boundary');
  });
});
