// In Chromium, the workspace beside the bare editor (app/(bench)/bench/bare) on the same
// article in the same run: open until every highlight is shown, keystroke to next paint,
// and JS heap after garbage collection.
import type { Browser, Page } from "@playwright/test";

export interface PageFigures {
  openMs: number;
  /** CPU time of the page's main thread until open: its work, whatever else the machine does. */
  openCpuMs: number;
  keystrokes: number[];
  heapMb: number;
}

export async function measurePage(
  browser: Browser,
  baseURL: string,
  storageState: string,
  url: string,
  claims: number,
  keys: number,
): Promise<PageFigures> {
  const context = await browser.newContext({ baseURL, storageState, viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send("Performance.enable", { timeDomain: "threadTicks" });
    await page.goto(url, { waitUntil: "commit" });
    const open = await page.waitForFunction(
      (expected) => {
        const ids = new Set(
          [...document.querySelectorAll(".article-body mark.claim")].map((m) =>
            m.getAttribute("data-claim-id"),
          ),
        );
        const editable = document.querySelector(".ProseMirror[contenteditable='true']");
        return ids.size >= expected && editable ? performance.now() : false;
      },
      claims,
      { polling: "raf", timeout: 120_000 },
    );
    const openMs = (await open.jsonValue()) as number;
    const { metrics } = await cdp.send("Performance.getMetrics");
    const openCpuMs = (metrics.find((m) => m.name === "TaskDuration")?.value ?? NaN) * 1000;
    const keystrokes = await typeAndTime(page, keys);
    await cdp.send("HeapProfiler.collectGarbage");
    const heap = (await cdp.send("Runtime.getHeapUsage")) as { usedSize: number };
    return { openMs, openCpuMs, keystrokes, heapMb: heap.usedSize / 1024 / 1024 };
  } finally {
    await context.close();
  }
}

/** Types in the middle of the article; each key's time until the next frame has painted. */
async function typeAndTime(page: Page, keys: number): Promise<number[]> {
  await page.evaluate(() => {
    const times: number[] = [];
    (window as unknown as { __keyTimes: number[] }).__keyTimes = times;
    document.addEventListener(
      "keydown",
      () => {
        const started = performance.now();
        // The next frame's callbacks run before it paints; a task queued there runs after.
        requestAnimationFrame(() => setTimeout(() => times.push(performance.now() - started), 0));
      },
      true,
    );
  });
  const paragraphs = page.locator(".article-body p");
  await paragraphs.nth(Math.floor((await paragraphs.count()) / 2)).click();
  await page.keyboard.press("End");
  for (let i = 0; i < keys + 5; i += 1) {
    await page.keyboard.type(i % 7 === 6 ? " " : "x");
    await page.waitForTimeout(60);
  }
  await page.waitForTimeout(300);
  const times = await page.evaluate(() => (window as unknown as { __keyTimes: number[] }).__keyTimes);
  return times.slice(5);
}
