// Lighthouse scores for one page, in Debian's Chromium (CHROMIUM_PATH), nothing downloaded.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../e2e/chromium";

export async function lighthouseScores(
  url: string,
): Promise<{ performance: number; accessibility: number }> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ["--headless=new", ...CHROMIUM_ARGS],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility"],
    });
    const categories = result?.lhr.categories;
    if (!categories?.performance || !categories.accessibility)
      throw new Error("lighthouse returned no scores");
    return {
      performance: Math.round((categories.performance!.score ?? 0) * 100),
      accessibility: Math.round((categories.accessibility!.score ?? 0) * 100),
    };
  } finally {
    chrome.kill();
  }
}
