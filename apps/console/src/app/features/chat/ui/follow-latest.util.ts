/** How close to the end of the page still counts as "reading the latest" (a line or two). */
export const NEAR_BOTTOM_PX = 96;

export interface ScrollPosition {
  readonly scrollTop: number;
  readonly scrollHeight: number;
  readonly clientHeight: number;
}

/**
 * Whether the view should keep following a streaming answer after a scroll: yes at the bottom,
 * no once the reader moved up (to read something earlier); otherwise as it was. Growing content
 * fires no scroll, and scrolling to the latest only ever moves down, so neither turns following off.
 */
export function followAfterScroll({ following, previousTop, position }: { following: boolean; previousTop: number; position: ScrollPosition }): boolean {
  const fromBottom = position.scrollHeight - position.scrollTop - position.clientHeight;
  if (fromBottom <= NEAR_BOTTOM_PX) return true;
  if (position.scrollTop < previousTop) return false;
  return following;
}
