import "server-only";
import type { Actor } from "@/lib/server/auth/actor";
import { transitionArticle } from "@/lib/server/articles/transition-article";
import { transitionClaim } from "@/lib/server/claims/transition-claim";
import { addSource } from "@/lib/server/sources/add-source";
import { proposeVerdict } from "@/lib/server/verdicts/propose-verdict";

// Demo sources are labelled as demo material and quote nobody: no passage is attributed to
// a real person or outlet. They show what a source record looks like, nothing more.
const DEMO_NOTE = "Demo material: replace with a real source before relying on it.";

function demoSource(slug: string, title: string, kind: "PRIMARY_DOCUMENT" | "NEWS_REPORT" | "DATASET") {
  return {
    url: `https://example.org/claimdesk-demo/${slug}`,
    title: `[Demo] ${title}`,
    publisher: "Claimdesk demo (not a real publication)",
    kind,
    reliability: "UNKNOWN" as const,
    note: DEMO_NOTE,
  };
}

/**
 * Puts the demo's claims at several stages of the workflow, through the real use cases:
 * one researching with sources, one in review, one verified with a rating and rationale;
 * the rest stay open.
 */
export async function seedDemoWorkflow(
  articleId: string,
  claims: { researching: string; inReview: string; verified: string },
  people: { editor: Actor; checker: Actor; checker2: Actor; manager: Actor },
): Promise<void> {
  const { editor, checker, checker2, manager } = people;
  const inAWeek = new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString().slice(0, 10);

  await transitionClaim(
    claims.researching,
    { to: "RESEARCHING", assigneeId: checker.id, dueAt: inAWeek, priority: "HIGH" },
    manager,
  );
  await addSource(
    claims.researching,
    demoSource(
      "kabul-security-appointments",
      "Where to look: official appointment records",
      "PRIMARY_DOCUMENT",
    ),
    checker,
  );

  await transitionClaim(
    claims.inReview,
    { to: "RESEARCHING", assigneeId: checker.id, dueAt: inAWeek },
    manager,
  );
  const bagram = await addSource(
    claims.inReview,
    demoSource("withdrawal-timeline", "Withdrawal timeline (illustrative)", "NEWS_REPORT"),
    checker,
  );
  await proposeVerdict(
    claims.inReview,
    {
      rating: "Mostly true",
      rationale:
        "[Demo rationale] Shows what a proposal looks like: a rating, the reasoning in plain words, and the sources it rests on.",
      sourceIds: [bagram.id],
    },
    checker,
  );
  await transitionClaim(claims.inReview, { to: "IN_REVIEW" }, checker);

  await transitionClaim(claims.verified, { to: "RESEARCHING", assigneeId: checker.id }, manager);
  const tally = await addSource(
    claims.verified,
    demoSource("casualty-tallies", "Casualty tallies compared (illustrative)", "DATASET"),
    checker,
  );
  await proposeVerdict(
    claims.verified,
    {
      rating: "Misleading",
      rationale:
        "[Demo rationale] 13 + 28 + 72 is exactly 113, so the breakdown cannot support “over 113”; the sentence presents a partial tally as a total.",
      sourceIds: [tally.id],
    },
    checker,
  );
  await transitionClaim(claims.verified, { to: "IN_REVIEW" }, checker);
  await transitionClaim(claims.verified, { to: "VERIFIED" }, checker2);

  await transitionArticle(articleId, { to: "IN_CHECK" }, editor);
}
