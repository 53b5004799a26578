import type { Page } from "@playwright/test";

/**
 * How far the page scrolls sideways (wide tables scroll inside their own box instead), and the
 * outermost elements that stick out, to name in a failure.
 */
export const sidewaysScroll = (page: Page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const overflow = document.documentElement.scrollWidth - width;
    const culprits: string[] = [];
    if (overflow > 0)
      for (const element of document.body.querySelectorAll<HTMLElement>("*")) {
        if (element.getBoundingClientRect().right <= width + 1) continue;
        if (culprits.some((seen) => element.parentElement?.closest(seen.split(" ")[0]!))) continue;
        const classes = [...element.classList].slice(0, 4).join(".");
        culprits.push(`${element.tagName.toLowerCase()}${classes ? `.${classes}` : ""}`);
        if (culprits.length === 3) break;
      }
    return overflow > 0 ? { overflow, culprits } : { overflow: 0 };
  });
