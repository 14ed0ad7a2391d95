import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { MAX_STEPS_PER_BATCH, ZStepJSON, parseSteps } from "@/lib/editor/steps";
import { parseInput } from "@/lib/validation/issues";
import type { Actor } from "@/lib/server/auth/actor";
import { applyArticleEdit, SERVER_CLIENT_ID } from "@/lib/server/articles/apply-article-edit";
import type { StepsSince } from "@/lib/server/articles/list-article-steps";
import {
  getArticleSummary,
  listArticleClaimsByIds,
  type ArticleClaim,
} from "@/lib/server/articles/get-article";
import { peekArticleDoc } from "@/lib/server/articles/doc-cache";

export const ZApplyStepsInput = z.object({
  version: z.number({ error: "version must be a number." }).int().min(1),
  clientId: z
    .string({ error: "clientId must be text." })
    .regex(/^[A-Za-z0-9_-]{1,64}$/, "clientId must be 1–64 letters, digits, - or _.")
    .refine((id) => id !== SERVER_CLIENT_ID, `clientId "${SERVER_CLIENT_ID}" is reserved.`),
  steps: z
    .array(ZStepJSON, { error: "steps must be a list of ProseMirror steps." })
    .min(1, "Send at least one step.")
    .max(MAX_STEPS_PER_BATCH, `Send at most ${MAX_STEPS_PER_BATCH} steps at a time.`),
});
export type ApplyStepsInput = z.input<typeof ZApplyStepsInput>;

export type ApplyStepsResult =
  | {
      kind: "applied";
      version: number;
      /** The server's own steps after the client's (mended or stripped claim marks). */
      steps: unknown[];
      clientIds: string[];
      /** Claims the batch created or changed, as the workspace lists them (usually none). */
      claims: ArticleClaim[];
      /** Ids of those claims that are no longer listed (removed). */
      removedIds: string[];
      /** The article's status and corrections, when the batch changed them. */
      article: Awaited<ReturnType<typeof getArticleSummary>> | null;
    }
  | ({ kind: "behind" } & StepsSince);

/**
 * POST …/steps: a workspace's steps since the version it last saw (prosemirror-collab's
 * central authority). Behind: the steps it missed, to rebase on and send again.
 */
export async function applyArticleSteps(
  articleId: string,
  rawInput: ApplyStepsInput,
  actor: Actor,
): Promise<ApplyStepsResult> {
  const input = parseInput(ZApplyStepsInput, rawInput);
  const parsed = parseSteps(input.steps);
  if (!parsed.ok) {
    throw new AppError("invalid_document", "The change does not fit the article schema.", {
      issues: parsed.issues,
    });
  }
  const result = await applyArticleEdit(
    { articleId, version: input.version, clientId: input.clientId, steps: parsed.steps, onBehind: "steps" },
    actor,
  );
  if (result.kind === "behind") return { kind: "behind", ...result.missed };
  // What changed is answered at once, so the sender's panel does not wait for its stream.
  const claims =
    result.changedClaimIds.length > 0
      ? await listArticleClaimsByIds(
          articleId,
          result.changedClaimIds,
          peekArticleDoc(articleId, result.version),
        )
      : [];
  const listed = new Set(claims.map((c) => c.id));
  return {
    kind: "applied",
    version: result.version,
    steps: result.serverSteps,
    clientIds: result.serverSteps.map(() => SERVER_CLIENT_ID),
    claims,
    removedIds: result.changedClaimIds.filter((id) => !listed.has(id)),
    article: result.articleChanged ? await getArticleSummary(articleId) : null,
  };
}
