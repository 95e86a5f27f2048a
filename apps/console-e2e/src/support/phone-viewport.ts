import type { Page } from 'playwright-core';

/** An iPhone 12–15 sized viewport: the narrowest screen ward staff use the console on. */
export const PHONE_VIEWPORT = { width: 390, height: 844 } as const;

/** How far the page scrolls sideways (0: it fits); measured the way a reader would notice it. */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const scroller = document.scrollingElement ?? document.documentElement;
    return scroller.scrollWidth - window.innerWidth;
  });
}
