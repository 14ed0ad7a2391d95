import "server-only";
import { z } from "zod";
import { db, type Tx } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import type { Actor } from "@/lib/server/auth/actor";
import { assertAllowed } from "@/lib/server/auth/assert-allowed";
import { parseInput } from "@/lib/validation/issues";

/** At most this many steps per answer; a client further behind asks again. */
export const MAX_STEPS_PER_ANSWER = 5000;

export interface StepsSince {
  /** The version the returned steps lead to. */
  version: number;
  /** ProseMirror step JSON, in order, for versions since + 1 … version. */
  steps: unknown[];
  /** The editor session each step came from ("server" for the server's own). */
  clientIds: string[];
  /** True when the article has steps beyond `version`. */
  more: boolean;
}

/** The steps an article took after version `since`, read in the caller's transaction or not. */
export async function readStepsSince(
  client: Pick<Tx, "articleStep">,
  articleId: string,
  since: number,
): Promise<StepsSince> {
  const rows = await client.articleStep.findMany({
    where: { articleId, version: { gt: since } },
    orderBy: { version: "asc" },
    take: MAX_STEPS_PER_ANSWER + 1,
    select: { version: true, step: true, clientId: true },
  });
  const page = rows.slice(0, MAX_STEPS_PER_ANSWER);
  // Versions written before steps were kept (whole-document saves) cannot be replayed.
  if (page[0] && page[0].version !== since + 1) {
    throw new AppError(
      "version_conflict",
      "This copy of the article is too old to catch up with its changes. Reload the article.",
      { details: { currentVersion: page[page.length - 1]?.version ?? since } },
    );
  }
  return {
    version: page[page.length - 1]?.version ?? since,
    steps: page.map((r) => r.step),
    clientIds: page.map((r) => r.clientId),
    more: rows.length > page.length,
  };
}

const SINCE_MESSAGE = "since must be a version number (?since=N).";
const ZListStepsInput = z.object({
  since: z.union(
    [
      z.number({ error: SINCE_MESSAGE }).int(SINCE_MESSAGE).min(0, SINCE_MESSAGE),
      z
        .string({ error: SINCE_MESSAGE })
        .regex(/^\d{1,9}$/, SINCE_MESSAGE)
        .transform(Number),
    ],
    { error: SINCE_MESSAGE },
  ),
});

/** GET …/steps?since=N: what a workspace that fell behind (or lost its stream) missed. */
export async function listArticleSteps(
  articleId: string,
  rawInput: { since?: unknown },
  actor: Actor,
): Promise<StepsSince & { latest: number }> {
  assertAllowed(actor, "article.view");
  const { since } = parseInput(ZListStepsInput, rawInput);
  const article = await db.article.findUnique({ where: { id: articleId }, select: { version: true } });
  if (!article) throw notFound("The article");
  const answer = await readStepsSince(db, articleId, since);
  return { ...answer, latest: article.version };
}
