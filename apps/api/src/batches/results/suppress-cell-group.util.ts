import type { SuppressionReason } from './released-batch-results';

/**
 * Small-cell suppression of one additive group: cells that together make a total (the departments
 * of a drug's documents, the bars of a dose histogram, a drug's frequencies).
 *
 * Every count from 1 to k−1 is hidden (`below_k`). When the total is published and exactly one cell
 * is hidden, the total minus the published cells would give it back, so the smallest other
 * positive cell is hidden too (`complementary`): two hidden cells only reveal their sum. Zero is
 * published (a list holds only the cells that occur). When no other cell can be hidden, the total
 * itself gives the cell away: `totalMustBeHidden` tells the caller to hide the total.
 */
export function suppressCellGroup(params: { counts: readonly number[]; k: number; totalPublished: boolean }): {
  reasons: (SuppressionReason | null)[];
  totalMustBeHidden: boolean;
} {
  const { counts, k, totalPublished } = params;
  const reasons: (SuppressionReason | null)[] = counts.map((count) => (count > 0 && count < k ? 'below_k' : null));
  const hidden = reasons.filter((reason) => reason !== null).length;
  if (!totalPublished || hidden !== 1) return { reasons, totalMustBeHidden: false };
  let complement = -1;
  counts.forEach((count, index) => {
    if (reasons[index] === null && count > 0 && (complement === -1 || count < counts[complement])) complement = index;
  });
  if (complement === -1) return { reasons, totalMustBeHidden: true };
  reasons[complement] = 'complementary';
  return { reasons, totalMustBeHidden: false };
}
