import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation/issues";
import { ZOptionalCorrectionNote } from "@/lib/validation/articles";
import type { Actor } from "@/lib/server/auth/actor";
import { assertAllowed } from "@/lib/server/auth/assert-allowed";
import { applyArticleEdit, SERVER_CLIENT_ID } from "@/lib/server/articles/apply-article-edit";

export const ZRemoveClaimInput = z.object({ correctionNote: ZOptionalCorrectionNote });
export type RemoveClaimInput = z.input<typeof ZRemoveClaimInput>;

/**
 * "Remove claim": the claim leaves the article for good (its row stays for the record).
 * The server removes its highlight with its own steps, against the article as it stands,
 * so every open workspace sees it go and nobody's undo can bring it back.
 */
export async function removeClaim(
  claimId: string,
  rawInput: RemoveClaimInput,
  actor: Actor,
): Promise<{ version: number }> {
  const input = parseInput(ZRemoveClaimInput, rawInput ?? {});
  assertAllowed(actor, "claim.remove");
  const claim = await db.claim.findUnique({
    where: { id: claimId },
    select: { articleId: true, removedAt: true },
  });
  if (!claim || claim.removedAt) throw notFound("The claim");
  const result = await applyArticleEdit(
    {
      articleId: claim.articleId,
      version: "current",
      clientId: SERVER_CLIENT_ID,
      steps: [],
      removeClaimIds: [claimId],
      correctionNote: input.correctionNote,
      onBehind: "conflict",
    },
    actor,
  );
  if (result.kind === "behind") throw new Error("A server-made edit is never behind.");
  return { version: result.version };
}
