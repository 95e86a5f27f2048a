import { followAfterScroll, NEAR_BOTTOM_PX } from './follow-latest.util';

describe('followAfterScroll', () => {
  const page = { scrollHeight: 3000, clientHeight: 900 };

  it('follows again once the reader is back at the bottom', () => {
    expect(followAfterScroll({ following: false, previousTop: 1000, position: { ...page, scrollTop: 2100 } })).toBe(true);
    expect(followAfterScroll({ following: false, previousTop: 1000, position: { ...page, scrollTop: 2100 - NEAR_BOTTOM_PX } })).toBe(true);
  });

  it('stops following when the reader scrolls up away from the bottom', () => {
    expect(followAfterScroll({ following: true, previousTop: 2100, position: { ...page, scrollTop: 1500 } })).toBe(false);
  });

  it('keeps its choice while moving down but not yet at the bottom', () => {
    expect(followAfterScroll({ following: false, previousTop: 1000, position: { ...page, scrollTop: 1500 } })).toBe(false);
    expect(followAfterScroll({ following: true, previousTop: 1000, position: { ...page, scrollTop: 1500 } })).toBe(true);
  });
});
