import "server-only";
import { db } from "@/lib/db";
import { appendAuditEvents } from "@/lib/server/audit/append-audit-events";
import { lockArticle } from "@/lib/server/articles/article-lock";
import { BURST_IDLE_MS, closeEditBursts, isBurstDue } from "@/lib/server/articles/edit-bursts";

/**
 * Writes the `article.edited` event of every editing burst idle since BURST_IDLE_MS before
 * `now` (or long past BURST_MAX_MS). Run every few seconds by the app (instrumentation.ts);
 * each article's bursts are closed under its lock, so several processes may run it at once.
 * Returns how many bursts it closed.
 */
export async function closeIdleEditBursts(now: Date = new Date()): Promise<number> {
  const due = await db.editBurst.findMany({
    where: { lastAt: { lte: new Date(now.getTime() - BURST_IDLE_MS) } },
    select: { articleId: true },
    distinct: ["articleId"],
  });
  let closed = 0;
  for (const { articleId } of due) {
    closed += await db.$transaction(async (tx) => {
      if (!(await lockArticle(tx, articleId, { allowSpiked: true }))) return 0;
      const { version } = await tx.article.findUniqueOrThrow({
        where: { id: articleId },
        select: { version: true },
      });
      const events = await closeEditBursts(tx, {
        articleId,
        snapshot: {
          version,
          doc: async () =>
            (await tx.article.findUniqueOrThrow({ where: { id: articleId }, select: { doc: true } })).doc,
        },
        shouldClose: isBurstDue(now),
      });
      await appendAuditEvents(tx, events);
      return events.length;
    });
  }
  return closed;
}
