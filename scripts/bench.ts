// `npm run bench`: what live co-editing costs on long articles (5,000 / 10,000 / 20,000
// words with 250 / 500 / 1,000 claims, every tenth nested). Prints figures, asserts
// nothing; docs/benchmarks.md records a run and how to read it.
//   1. server CPU to apply a batch of 1 or 10 typing steps and reconcile claims (in process)
//   2. through the built app (started here on a throw-away SQLite database): the step round
//      trip over HTTP, and a step's way to another workspace over its event stream
//   3. in Chromium, the workspace beside a bare Tiptap editor on the same article in the
//      same run, interleaved: open until every highlight shows, keystroke to next paint,
//      JS heap after GC.
// Flags: --quick (fewer samples), --no-browser, --browser-only, --sizes=5000,20000,
// --rounds=N (Chromium rounds per page after the warm-up; 4, or 2 with --quick)
//   4. the managers' dashboard at 100,000 claims (scripts/bench/dashboard.ts): --dashboard-only
//      runs just that, --no-dashboard skips it, --pg=<postgres server url> runs it on PostgreSQL
//   5. re-anchoring 1,000 claims after edits, ours beside approx-string-match as Hypothesis
//      drives it (scripts/bench/anchoring.ts): --anchoring-only runs just that, --no-anchoring
//      skips it
//   6. importing a 20,000-word .docx (scripts/bench/import.ts): --import-only, --no-import
import { getDocumentSchema } from "@/lib/domain/document/extensions";
import { convertTextToDoc } from "@/lib/domain/document/text-to-doc";
import { Transform } from "@tiptap/pm/transform";
import { SIZES, buildArticleText, claimSteps } from "./bench/long-article";
import { measureBatchCpu } from "./bench/server-cpu";
import { launchChromium, signIn, startAppServer } from "./bench/app-server";
import { createBenchArticle, measureRoundTrip, measureStreamLatency } from "./bench/http-measures";
import { measurePage, type PageFigures } from "./bench/browser-measures";
import { runDashboardBenchProcess } from "./bench/dashboard";
import { runAnchoringBench } from "./bench/anchoring";
import { runImportBench } from "./bench/import";

const args = new Set(process.argv.slice(2));
const quick = args.has("--quick");
const sizesArg = process.argv.find((a) => a.startsWith("--sizes="));
const sizes = sizesArg ? SIZES.filter((s) => sizesArg.slice(8).split(",").includes(String(s.words))) : SIZES;

const quantile = (samples: number[], q: number) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
};
const median = (samples: number[]) => quantile(samples, 0.5);
const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(1));
const label = (s: { words: number; claims: number }) =>
  `${(s.words / 1000).toFixed(0)}k words / ${s.claims} claims`.padEnd(26);

async function main(): Promise<void> {
  const browserOnly = args.has("--browser-only");
  if (!browserOnly)
    console.log("1. Server CPU per step batch (apply + police + reconcile claims), ms p50 / p95");
  for (let size of browserOnly ? [] : sizes) {
    const plain = getDocumentSchema().nodeFromJSON(
      convertTextToDoc(buildArticleText(size.words), { format: "md" }),
    );
    const transform = new Transform(plain);
    const marks = claimSteps(plain, size.claims);
    for (const step of marks) transform.step(step);
    size = { ...size, claims: marks.length };
    const one = measureBatchCpu(transform.doc, 1, quick ? 40 : 200);
    const ten = measureBatchCpu(transform.doc, 10, quick ? 40 : 200);
    console.log(
      `   ${label(size)} 1 step ${fmt(median(one))} / ${fmt(quantile(one, 0.95))}   10 steps ${fmt(median(ten))} / ${fmt(quantile(ten, 0.95))}`,
    );
  }

  console.log("\nStarting the built app on a throw-away database…");
  const server = await startAppServer(3210);
  const browser = await launchChromium();
  try {
    const editor = await signIn(browser, server.baseURL, "editor@claimdesk.test");
    const checker = await signIn(browser, server.baseURL, "checker@claimdesk.test");
    const articles = [];
    for (const size of sizes) {
      const article = await createBenchArticle(editor.api, size);
      articles.push({ size: { ...size, claims: article.claims }, article });
    }

    if (!browserOnly) console.log("\n2. Through the app (SQLite), ms p50 / p95");
    for (const { size, article } of browserOnly ? [] : articles) {
      const trip = await measureRoundTrip(editor.api, article, quick ? 30 : 100);
      const live = await measureStreamLatency(
        server.baseURL,
        checker.cookie,
        editor.api,
        article,
        quick ? 20 : 60,
      );
      console.log(
        `   ${label(size)} step round trip ${fmt(median(trip))} / ${fmt(quantile(trip, 0.95))}   step to another workspace (SSE) ${fmt(median(live))} / ${fmt(quantile(live, 0.95))}`,
      );
    }
    if (args.has("--no-browser")) return;

    console.log("\n3. Chromium, workspace / bare Tiptap editor on the same article, interleaved");
    const roundsArg = process.argv.find((a) => a.startsWith("--rounds="));
    const rounds = roundsArg ? Number(roundsArg.slice(9)) : quick ? 2 : 4;
    for (const { size, article } of articles) {
      const runs: Record<"workspace" | "bare", PageFigures[]> = { workspace: [], bare: [] };
      for (let round = 0; round <= rounds; round += 1) {
        for (const kind of ["workspace", "bare"] as const) {
          const url = kind === "workspace" ? `/articles/${article.id}` : `/bench/bare/${article.id}`;
          const figures = await measurePage(
            browser,
            server.baseURL,
            editor.storageState,
            url,
            article.claims,
            quick ? 20 : 40,
          );
          if (round > 0) runs[kind].push(figures); // round 0 warms the server and the browser
        }
      }
      const pick = (kind: "workspace" | "bare", f: (p: PageFigures) => number) => median(runs[kind].map(f));
      const keys = (kind: "workspace" | "bare") => runs[kind].flatMap((r) => r.keystrokes);
      const open = [pick("workspace", (r) => r.openMs), pick("bare", (r) => r.openMs)] as const;
      const heap = [pick("workspace", (r) => r.heapMb), pick("bare", (r) => r.heapMb)] as const;
      const cpu = [pick("workspace", (r) => r.openCpuMs), pick("bare", (r) => r.openCpuMs)] as const;
      console.log(`   ${label(size)}`);
      console.log(
        `      open until every highlight shows  ${fmt(open[0])} / ${fmt(open[1])} ms (${(open[0] / open[1]).toFixed(2)}×)`,
      );
      console.log(
        `      main-thread CPU until open        ${fmt(cpu[0])} / ${fmt(cpu[1])} ms (${(cpu[0] / cpu[1]).toFixed(2)}×)`,
      );
      console.log(
        `      keystroke to next paint, median   ${fmt(median(keys("workspace")))} / ${fmt(median(keys("bare")))} ms`,
      );
      console.log(
        `      keystroke to next paint, p95      ${fmt(quantile(keys("workspace"), 0.95))} / ${fmt(quantile(keys("bare"), 0.95))} ms`,
      );
      console.log(
        `      JS heap after GC                  ${fmt(heap[0])} / ${fmt(heap[1])} MB (${(heap[0] / heap[1]).toFixed(2)}×)`,
      );
    }
  } finally {
    await browser.close();
    await server.stop();
  }
}

const only = args.has("--import-only")
  ? "import"
  : args.has("--anchoring-only")
    ? "anchoring"
    : args.has("--dashboard-only")
      ? "dashboard"
      : null;

(only ? Promise.resolve() : main())
  .then(() => {
    if ((only ?? "dashboard") === "dashboard" && !args.has("--no-dashboard"))
      runDashboardBenchProcess(process.argv.slice(2));
  })
  .then(() => {
    if ((only ?? "anchoring") === "anchoring" && !args.has("--no-anchoring")) runAnchoringBench({ quick });
  })
  .then(async () => {
    if ((only ?? "import") === "import" && !args.has("--no-import")) await runImportBench({ quick });
  })
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
