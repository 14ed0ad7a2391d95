import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/server/auth/actor";
import { assertAllowed } from "@/lib/server/auth/assert-allowed";

/** The verdict scale in its order, retired ratings included (flagged) for old verdicts. */
export async function listRatings(actor: Actor) {
  assertAllowed(actor, "article.view");
  return db.rating.findMany({
    orderBy: { position: "asc" },
    select: {
      id: true,
      label: true,
      position: true,
      ratingValue: true,
      bestRating: true,
      worstRating: true,
      alternateName: true,
      retired: true,
      requiresSources: true,
    },
  });
}
