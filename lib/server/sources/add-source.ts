import "server-only";
import { lockArticleOfClaim } from "@/lib/server/articles/article-lock";
import { db } from "@/lib/db";
import { parseInput } from "@/lib/validation/issues";
import { ZSourceInput } from "@/lib/validation/claims";
import type { z } from "zod";
import type { Actor } from "@/lib/server/auth/actor";
import { assertAllowed } from "@/lib/server/auth/assert-allowed";
import { appendAuditEvents } from "@/lib/server/audit/append-audit-events";
import { loadClaim } from "@/lib/server/claims/load-claim";
import { assertSourceChangeAllowed } from "@/lib/server/sources/assert-source-change";
import { assertSourcesEditable } from "@/lib/server/sources/source-lock";
import { auditedSourceFields } from "@/lib/server/sources/source-fields";
import { signalArticle } from "@/lib/server/live/article-signals";

export async function addSource(claimId: string, rawInput: z.input<typeof ZSourceInput>, actor: Actor) {
  const input = parseInput(ZSourceInput, rawInput);
  assertAllowed(actor, "source.manage");
  const { source, articleId } = await db.$transaction(async (tx) => {
    await lockArticleOfClaim(tx, claimId);
    const claim = await loadClaim(claimId, tx);
    assertSourceChangeAllowed(actor, claim);
    assertSourcesEditable(claim.status);
    const source = await tx.source.create({ data: { ...input, claimId, createdById: actor.id } });
    await appendAuditEvents(tx, [
      {
        actorId: actor.id,
        action: "source.added",
        articleId: claim.articleId,
        claimId,
        after: { sourceId: source.id, ...auditedSourceFields(source) },
      },
    ]);
    return { source, articleId: claim.articleId };
  });
  signalArticle({ kind: "claims", articleId, claimIds: [claimId] });
  return source;
}
