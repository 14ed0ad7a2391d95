import "server-only";
import { createHash } from "node:crypto";
import type { Tx } from "@/lib/db";
import { canonicalJson, GENESIS_HASH, type CanonicalValue } from "@/lib/domain/audit/hash-chain";
import type { AuditEventInput } from "@/lib/server/audit/append-audit-events";

// The audit trail gets no event per keystroke: each person's editing of an article is
// gathered into a burst, which becomes one `article.edited` event once it has been idle
// for BURST_IDLE_MS (or has lasted BURST_MAX_MS). The event names the version range and a
// running SHA-256 over the person's steps in it, so the hash chain covers every step
// (README, "Live co-editing").

export const BURST_IDLE_MS = 30_000;
export const BURST_MAX_MS = 5 * 60_000;

/** A stored step as the burst hash reads it. */
export interface HashedStep {
  version: number;
  clientId: string;
  step: CanonicalValue;
}

/** sha256(previous + canonicalJson({version, clientId, step})), step after step. */
export function hashSteps(previous: string, steps: readonly HashedStep[]): string {
  let hash = previous;
  for (const { version, clientId, step } of steps) {
    hash = createHash("sha256")
      .update(hash + canonicalJson({ version, clientId, step }), "utf8")
      .digest("hex");
  }
  return hash;
}

/** Adds a batch's steps to the person's open burst on the article, opening one if needed. */
export async function extendEditBurst(
  tx: Tx,
  input: { articleId: string; userId: string; steps: readonly HashedStep[]; now: Date },
): Promise<void> {
  const first = input.steps[0];
  const last = input.steps[input.steps.length - 1];
  if (!first || !last) return;
  const key = { articleId_userId: { articleId: input.articleId, userId: input.userId } };
  const open = await tx.editBurst.findUnique({ where: key });
  if (open) {
    await tx.editBurst.update({
      where: key,
      data: {
        toVersion: last.version,
        steps: open.steps + input.steps.length,
        hash: hashSteps(open.hash, input.steps),
        lastAt: input.now,
      },
    });
    return;
  }
  await tx.editBurst.create({
    data: {
      articleId: input.articleId,
      userId: input.userId,
      fromVersion: first.version,
      toVersion: last.version,
      steps: input.steps.length,
      hash: hashSteps(GENESIS_HASH, input.steps),
      startedAt: input.now,
      lastAt: input.now,
    },
  });
}

/**
 * Closes the article's bursts that `shouldClose` picks (all by default) and returns their
 * `article.edited` events, for the caller to append in its transaction. The document as it
 * stands is kept as a revision.
 */
export async function closeEditBursts(
  tx: Tx,
  input: {
    articleId: string;
    /** The article's current version and a way to its document, for the revision. */
    snapshot: { version: number; doc: () => unknown };
    shouldClose?: (burst: { userId: string; startedAt: Date; lastAt: Date }) => boolean;
  },
): Promise<AuditEventInput[]> {
  const open = await tx.editBurst.findMany({
    where: { articleId: input.articleId },
    orderBy: { fromVersion: "asc" },
  });
  const closing = open.filter((b) => input.shouldClose?.(b) ?? true);
  if (closing.length === 0) return [];
  await tx.editBurst.deleteMany({
    where: { articleId: input.articleId, userId: { in: closing.map((b) => b.userId) } },
  });
  const latest = closing.reduce((a, b) => (b.toVersion > a.toVersion ? b : a));
  const { version } = input.snapshot;
  const exists = await tx.articleRevision.findUnique({
    where: { articleId_version: { articleId: input.articleId, version } },
    select: { id: true },
  });
  if (!exists) {
    await tx.articleRevision.create({
      data: {
        articleId: input.articleId,
        version,
        doc: (await input.snapshot.doc()) as object,
        authorId: latest.userId,
      },
    });
  }
  return closing.map((b) => ({
    actorId: b.userId,
    action: "article.edited" as const,
    articleId: input.articleId,
    before: { version: b.fromVersion - 1 },
    after: { fromVersion: b.fromVersion, toVersion: b.toVersion, steps: b.steps, stepsHash: b.hash },
  }));
}

/** The bursts a batch at `now` by `userId` closes first: idle ones, and the person's own when long. */
export function isBurstDue(now: Date, userId?: string) {
  return (burst: { userId: string; startedAt: Date; lastAt: Date }): boolean =>
    now.getTime() - burst.lastAt.getTime() >= BURST_IDLE_MS ||
    (burst.userId === userId && now.getTime() - burst.startedAt.getTime() >= BURST_MAX_MS);
}
