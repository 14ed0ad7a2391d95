// Where the workspace's open time goes: loads the workspace and the bare page three times
// each with a CPU profile, and prints the last round's resource and long-task timings and
// where the main thread spent its time (by package, function and nearest own function when
// the build has source maps: `productionBrowserSourceMaps: true` in next.config.ts for the
// run, not to be committed). Profiles are kept in /tmp/open-{articles,bench}.cpuprofile.
// npx tsx --conditions=react-server scripts/bench/trace-open.ts [words]   (TRACE_PORT=3211)
import fs from "node:fs";
import path from "node:path";
import { SourceMapConsumer, type RawSourceMap } from "source-map-js";
import { SIZES } from "./long-article";
import { launchChromium, signIn, startAppServer } from "./app-server";
import { createBenchArticle } from "./http-measures";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
  children?: number[];
}

const words = Number(process.argv[2] ?? 20000);
const port = Number(process.env.TRACE_PORT ?? 3211);

async function main() {
  const size = SIZES.find((s) => s.words === words) ?? SIZES[SIZES.length - 1]!;
  const server = await startAppServer(port);
  const browser = await launchChromium();
  try {
    const editor = await signIn(browser, server.baseURL, "editor@claimdesk.test");
    const article = await createBenchArticle(editor.api, size);
    for (const url of [`/articles/${article.id}`, `/bench/bare/${article.id}`]) {
      for (let round = 0; round < 3; round += 1) {
        const context = await browser.newContext({
          baseURL: server.baseURL,
          storageState: editor.storageState,
          viewport: { width: 1400, height: 900 },
        });
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send("Profiler.enable");
        await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
        await cdp.send("Profiler.start");
        await page.addInitScript(() => {
          const w = window as unknown as { __long: [number, number][] };
          w.__long = [];
          new PerformanceObserver((list) => {
            for (const e of list.getEntries())
              w.__long.push([Math.round(e.startTime), Math.round(e.duration)]);
          }).observe({ type: "longtask", buffered: true });
        });
        await page.goto(url, { waitUntil: "commit" });
        const open = (await (
          await page.waitForFunction(
            (expected) => {
              const ids = new Set(
                [...document.querySelectorAll(".article-body mark.claim")].map((m) =>
                  m.getAttribute("data-claim-id"),
                ),
              );
              const editable = document.querySelector(".ProseMirror[contenteditable='true']");
              return ids.size >= expected && editable ? performance.now() : false;
            },
            article.claims,
            { polling: "raf", timeout: 120_000 },
          )
        ).jsonValue()) as number;
        const { profile } = (await cdp.send("Profiler.stop")) as {
          profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
        };
        const timings = await page.evaluate(() => {
          const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
          const res = (performance.getEntriesByType("resource") as PerformanceResourceTiming[]).map((r) => [
            r.name.replace(location.origin, "").slice(0, 70),
            Math.round(r.startTime),
            Math.round(r.responseEnd),
            r.encodedBodySize,
          ]);
          const paints = performance.getEntriesByType("paint").map((p) => [p.name, Math.round(p.startTime)]);
          return {
            nav: {
              responseStart: Math.round(nav.responseStart),
              responseEnd: Math.round(nav.responseEnd),
              dcl: Math.round(nav.domContentLoadedEventEnd),
              load: Math.round(nav.loadEventEnd),
              size: nav.encodedBodySize,
            },
            res,
            paints,
            long: (window as unknown as { __long: [number, number][] }).__long,
          };
        });
        if (round === 2) {
          console.log(`\n=== ${url.split("/")[1]} open ${open.toFixed(0)} ms`);
          console.log(JSON.stringify(timings.nav), JSON.stringify(timings.paints));
          console.log("long tasks", JSON.stringify(timings.long));
          for (const r of timings.res) console.log("  ", r.join("  "));
          fs.writeFileSync(`/tmp/open-${url.split("/")[1]}.cpuprofile`, JSON.stringify(profile));
          summarise(profile);
        } else console.log(`${url.split("/")[1]} open ${open.toFixed(0)} ms`);
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await server.stop();
  }
}

const maps = new Map<string, SourceMapConsumer | null>();
/** Where a frame comes from in the source, when the build has source maps. */
function original(frame: ProfileNode["callFrame"]): { file: string; fn: string } {
  const chunk = frame.url.replace(/^https?:\/\/[^/]+/, "");
  if (!maps.has(chunk)) {
    const script = path.join(".next", chunk.replace(/^\/_next\//, "").replace(/\?.*$/, ""));
    const named =
      chunk.startsWith("/_next/") && fs.existsSync(script)
        ? /sourceMappingURL=(\S+)\s*$/.exec(fs.readFileSync(script, "utf8"))
        : null;
    const file = named?.[1] ? path.join(path.dirname(script), named[1]) : "";
    maps.set(
      chunk,
      file && fs.existsSync(file)
        ? new SourceMapConsumer(JSON.parse(fs.readFileSync(file, "utf8")) as RawSourceMap)
        : null,
    );
  }
  const map = maps.get(chunk);
  if (!map) return { file: chunk || `(${frame.functionName})`, fn: frame.functionName || "(anon)" };
  const pos = map.originalPositionFor({ line: frame.lineNumber + 1, column: frame.columnNumber });
  const file = (pos.source ?? chunk).replace(/^.*node_modules\//, "").replace(/^.*\[project\]\//, "");
  return {
    file,
    fn: `${pos.name ?? frame.functionName ?? "(anon)"} ${file.split("/").slice(-2).join("/")}:${pos.line ?? 0}`,
  };
}

function summarise(profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const byFile = new Map<string, number>();
  const byFn = new Map<string, number>();
  const byOwnCode = new Map<string, number>();
  for (const [id, ms] of self) {
    const node = byId.get(id)!;
    const { file, fn } = original(node.callFrame);
    const pkg = file
      .split("/")
      .slice(0, file.startsWith("@") ? 2 : 1)
      .join("/");
    byFile.set(pkg, (byFile.get(pkg) ?? 0) + ms);
    byFn.set(fn, (byFn.get(fn) ?? 0) + ms);
    // The nearest frame of our own code above this sample (what caused the work).
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const o = original(byId.get(at)!.callFrame);
      if (/^(components|lib|app)\//.test(o.file)) {
        byOwnCode.set(o.fn, (byOwnCode.get(o.fn) ?? 0) + ms);
        break;
      }
    }
  }
  const top = (m: Map<string, number>, n: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `   ${v.toFixed(1).padStart(7)}  ${k}`);
  console.log(" self time by package or folder:\n" + top(byFile, 16).join("\n"));
  console.log(" self time by function:\n" + top(byFn, 30).join("\n"));
  console.log(" total time under our nearest own function:\n" + top(byOwnCode, 25).join("\n"));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
