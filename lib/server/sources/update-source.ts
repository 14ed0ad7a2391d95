import "server-only";
import { lockArticleOfSource } from "@/lib/server/articles/article-lock";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation/issues";
import { ZSourcePatch } from "@/lib/validation/claims";
import type { z } from "zod";
import type { Actor } from "@/lib/server/auth/actor";
import { assertAllowed } from "@/lib/server/auth/assert-allowed";
import { appendAuditEvents } from "@/lib/server/audit/append-audit-events";
import { assertSourceChangeAllowed } from "@/lib/server/sources/assert-source-change";
import { assertSourcesEditable } from "@/lib/server/sources/source-lock";
import { diffSourceFields } from "@/lib/server/sources/source-fields";
import { signalArticle } from "@/lib/server/live/article-signals";

export async function updateSource(sourceId: string, rawInput: z.input<typeof ZSourcePatch>, actor: Actor) {
  const input = parseInput(ZSourcePatch, rawInput);
  assertAllowed(actor, "source.manage");
  const { updated, articleId } = await db.$transaction(async (tx) => {
    await lockArticleOfSource(tx, sourceId);
    const source = await tx.source.findUnique({
      where: { id: sourceId },
      include: { claim: { select: { status: true, articleId: true, removedAt: true, assigneeId: true } } },
    });
    if (!source || source.claim.removedAt) throw notFound("The source");
    assertSourceChangeAllowed(actor, source.claim, {
      unflagsSensitive: source.sensitive && input.sensitive === false,
    });
    assertSourcesEditable(source.claim.status);
    const updated = await tx.source.update({ where: { id: sourceId }, data: input });
    const diff = diffSourceFields(source, updated);
    if (diff.changed) {
      await appendAuditEvents(tx, [
        {
          actorId: actor.id,
          action: "source.edited",
          articleId: source.claim.articleId,
          claimId: source.claimId,
          before: { sourceId, ...diff.before },
          after: { sourceId, ...diff.after },
        },
      ]);
    }
    return { updated, articleId: source.claim.articleId };
  });
  signalArticle({ kind: "claims", articleId, claimIds: [updated.claimId] });
  return updated;
}
