import { suppressCellGroup } from './suppress-cell-group.util';

describe(suppressCellGroup.name, () => {
  it('hides the next smallest cell when one hidden cell could be read back from the total', () => {
    const counts = [10, 7, 2];
    const total = 19;
    const sut = suppressCellGroup({ counts, k: 5, totalPublished: true });
    expect(sut.reasons).toEqual([null, 'complementary', 'below_k']);
    // What a reader can work out: the total minus the published cells is the sum of two hidden cells, not the small one.
    const published = counts.filter((_, index) => sut.reasons[index] === null).reduce((sum, count) => sum + count, 0);
    expect(total - published).toBe(9);
    expect(counts.filter((_, index) => sut.reasons[index] !== null)).not.toContain(total - published);
  });

  it('adds nothing when two cells are already hidden, or when the total is not published', () => {
    expect(suppressCellGroup({ counts: [10, 3, 1], k: 5, totalPublished: true }).reasons).toEqual([null, 'below_k', 'below_k']);
    expect(suppressCellGroup({ counts: [10, 7, 2], k: 5, totalPublished: false }).reasons).toEqual([null, null, 'below_k']);
  });

  it('publishes k itself and hides k − 1', () => {
    expect(suppressCellGroup({ counts: [5, 4, 9], k: 5, totalPublished: false }).reasons).toEqual([null, 'below_k', null]);
    expect(suppressCellGroup({ counts: [3, 2], k: 3, totalPublished: false }).reasons).toEqual([null, 'below_k']);
  });

  it('hides nothing with k = 1, and never hides zero', () => {
    expect(suppressCellGroup({ counts: [1, 2, 0], k: 1, totalPublished: true }).reasons).toEqual([null, null, null]);
    expect(suppressCellGroup({ counts: [0, 12, 4], k: 5, totalPublished: true }).reasons).toEqual([null, 'complementary', 'below_k']);
  });

  it('picks the smallest positive cell as the complement, the first of equal ones', () => {
    expect(suppressCellGroup({ counts: [30, 6, 6, 1], k: 5, totalPublished: true }).reasons).toEqual([null, 'complementary', null, 'below_k']);
  });

  it('asks for the total to be hidden when no other cell could hide the small one', () => {
    expect(suppressCellGroup({ counts: [2], k: 5, totalPublished: true })).toEqual({ reasons: ['below_k'], totalMustBeHidden: true });
    expect(suppressCellGroup({ counts: [2, 0], k: 5, totalPublished: true }).totalMustBeHidden).toBe(true);
    expect(suppressCellGroup({ counts: [], k: 5, totalPublished: true })).toEqual({ reasons: [], totalMustBeHidden: false });
  });
});
