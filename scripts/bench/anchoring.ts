// Re-anchoring 1,000 claims of a 20,000-word article after random edits (1 %, 5 %, 20 % of
// words changed, plus claimed sentences moved, duplicated and deleted), ours
// (lib/domain/anchoring) beside approx-string-match driven as Hypothesis drives it, on the
// same inputs in the same run: time (median of several runs) and accuracy against the
// answer known by construction (scripts/bench/anchoring-edits.ts).
// Run by `npm run bench` (section 5) and alone by `npm run bench -- --anchoring-only`.
import { performance } from "node:perf_hooks";
import { Transform } from "@tiptap/pm/transform";
import { getDocumentSchema } from "@/lib/domain/document/extensions";
import { convertTextToDoc } from "@/lib/domain/document/text-to-doc";
import { extractClaims } from "@/lib/domain/document/extract-claims";
import type { DocJSON } from "@/lib/domain/document/types";
import { reanchorClaims, type ClaimAnchor, type Placement } from "@/lib/domain/anchoring/reanchor-claims";
import { buildArticleText, claimSteps } from "./long-article";
import { makeNewVersion, type EditPlan, type Truth } from "./anchoring-edits";
import { anchorLikeHypothesis } from "./hypothesis-anchoring";

const WORDS = 20_000;
const CLAIMS = 1_000;
const SCENARIOS: EditPlan[] = [0.01, 0.05, 0.2].map((wordRate, i) => ({
  seed: 11 + i,
  wordRate,
  movedSentences: 10,
  duplicatedSentences: 10,
  deletedSentences: 10,
}));

type Placed = { start: number; end: number } | null;
type Tally = {
  right: number;
  wrong: number;
  wrongNear: number;
  orphanedRight: number;
  orphanedWrong: number;
};

function tally(claims: readonly ClaimAnchor[], placed: Placed[], truth: Truth): Tally {
  const t: Tally = { right: 0, wrong: 0, wrongNear: 0, orphanedRight: 0, orphanedWrong: 0 };
  claims.forEach((claim, i) => {
    const expected = truth.get(claim.id) ?? null;
    const got = placed[i] ?? null;
    if (!got) {
      if (expected) t.orphanedWrong += 1;
      else t.orphanedRight += 1;
    } else if (expected && got.start === expected.start && got.end === expected.end) t.right += 1;
    else {
      t.wrong += 1;
      if (expected && got.start < expected.end && got.end > expected.start) t.wrongNear += 1;
    }
  });
  return t;
}

const median = (samples: number[]) =>
  [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)] ?? NaN;

type Timed<T> = { wall: number; cpu: number; result: T };

/**
 * Wall time and this process's CPU time (user + system) of one call. On a machine shared
 * with other work the wall time mostly measures the others; the CPU time is the matcher's.
 */
function timeOnce<T>(work: () => T): Timed<T> {
  const cpu0 = process.cpuUsage();
  const began = performance.now();
  const result = work();
  const wall = performance.now() - began;
  const cpu = process.cpuUsage(cpu0);
  return { wall, cpu: (cpu.user + cpu.system) / 1000, result };
}

/** Both matchers, alternating run by run after a warm-up of each; medians. */
function timeBoth<A, B>(runs: number, a: () => A, b: () => B): [Timed<A>, Timed<B>] {
  let lastA = timeOnce(a);
  let lastB = timeOnce(b);
  const samples: [Timed<A>[], Timed<B>[]] = [[], []];
  for (let r = 0; r < runs; r += 1) {
    lastA = timeOnce(a);
    lastB = timeOnce(b);
    samples[0].push(lastA);
    samples[1].push(lastB);
  }
  const pick = <T>(list: Timed<T>[], last: Timed<T>): Timed<T> => ({
    wall: median(list.map((t) => t.wall)),
    cpu: median(list.map((t) => t.cpu)),
    result: last.result,
  });
  return [pick(samples[0], lastA), pick(samples[1], lastB)];
}

function buildArticle(): { text: string; claims: ClaimAnchor[] } {
  const plain = getDocumentSchema().nodeFromJSON(convertTextToDoc(buildArticleText(WORDS), { format: "md" }));
  const transform = new Transform(plain);
  for (const step of claimSteps(plain, CLAIMS)) transform.step(step);
  const { text, claims } = extractClaims(transform.doc.toJSON() as DocJSON);
  return { text, claims };
}

export function runAnchoringBench(options: { quick: boolean }): void {
  const runs = options.quick ? 3 : 9;
  const { text, claims } = buildArticle();
  const words = text.split(/\s+/).length;
  console.log(
    `\n5. Re-anchoring ${claims.length} claims of a ${words.toLocaleString("en")}-word article (${text.length.toLocaleString("en")} characters), ours / approx-string-match as Hypothesis drives it`,
  );
  console.log(
    `   each version also has 10 claimed sentences moved, 10 duplicated, 10 deleted; times are medians of ${runs} alternating runs after a warm-up`,
  );
  for (const plan of SCENARIOS) {
    const { newText, truth, changedShare } = makeNewVersion(text, claims, plan);
    const gone = [...truth.values()].filter((v) => v === null).length;
    const [ours, theirs] = timeBoth(
      runs,
      () => reanchorClaims({ oldText: text, newText, claims }),
      () => claims.map((c) => anchorLikeHypothesis(newText, c)),
    );
    const oursPlaced = ours.result.map((p: Placement) =>
      p.start === null ? null : { start: p.start, end: p.end },
    );
    const a = tally(claims, oursPlaced, truth);
    const b = tally(claims, theirs.result, truth);
    const outcomes = { exact: 0, moved: 0, fuzzy: 0, orphaned: 0 };
    for (const p of ours.result) outcomes[p.outcome] += 1;
    const pct = `${Math.round(plan.wordRate * 100)} %`.padStart(4);
    console.log(
      `   ${pct} of words changed (${(changedShare * 100).toFixed(1)} % done; ${gone} claims' words all gone)`,
    );
    console.log(
      `      CPU time ${ours.cpu.toFixed(1)} / ${theirs.cpu.toFixed(0)} ms (${(theirs.cpu / ours.cpu).toFixed(1)}× faster)   wall time ${ours.wall.toFixed(1)} / ${theirs.wall.toFixed(0)} ms (${(theirs.wall / ours.wall).toFixed(1)}×)`,
    );
    const row = (name: string, t: Tally) =>
      `      ${name.padEnd(20)} right ${String(t.right).padStart(4)}   wrongly placed ${String(t.wrong).padStart(3)} (${t.wrongNear} overlapping the right words)   orphaned rightly ${String(t.orphanedRight).padStart(3)}, wrongly ${String(t.orphanedWrong).padStart(3)}`;
    console.log(row("ours", a));
    console.log(row("approx-string-match", b));
    console.log(
      `      ours by outcome: exact ${outcomes.exact}, moved ${outcomes.moved}, fuzzy ${outcomes.fuzzy}, orphaned ${outcomes.orphaned}`,
    );
  }
}

// Run directly: `npx tsx scripts/bench/anchoring.ts [--quick]`.
if (process.argv[1] && /anchoring\.ts$/.test(process.argv[1])) {
  runAnchoringBench({ quick: process.argv.includes("--quick") });
}
