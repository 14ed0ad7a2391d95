import { createHash, randomUUID } from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db, getDbProvider } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createArticle } from "@/lib/server/articles/create-article";
import { GENESIS_HASH } from "@/lib/server/audit/hash-event";
import { sealLegacyEvents } from "@/lib/server/audit/seal-legacy-events";
import { verifyAuditChain, verifyAuditChainAs } from "@/lib/server/audit/verify-audit-chain";
import type { Actor } from "@/lib/server/auth/actor";
import { makeUser } from "@/tests/support/factories";

const TEXT = "Over 113 people died, including 13 US servicemen.";
const isPostgres = getDbProvider() === "postgresql";

let editor: Actor;
let manager: Actor;

beforeAll(async () => {
  editor = await makeUser("EDITOR");
  manager = await makeUser("MANAGER");
});

async function createArticles(count: number): Promise<void> {
  for (let i = 1; i <= count; i++) await createArticle({ title: `Article ${i}`, text: TEXT }, editor);
}

/** SQLite's INSERT check, as the audit_chain migration creates it. */
const SQLITE_HASH_REQUIRED = `CREATE TRIGGER "AuditEvent_hash_required" BEFORE INSERT ON "AuditEvent"
  WHEN NEW."hash" = '' BEGIN SELECT RAISE(ABORT, 'audit events must be inserted with their hash'); END`;

async function dropAllTriggers(): Promise<void> {
  if (isPostgres) {
    await db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS "AuditEvent_append_only" ON "AuditEvent"`);
    await db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS "AuditEvent_no_truncate" ON "AuditEvent"`);
  } else {
    for (const name of ["AuditEvent_no_delete", "AuditEvent_no_update", "AuditEvent_hash_required"]) {
      await db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS "${name}"`);
    }
  }
}

describe("the audit hash chain", () => {
  it("verifies after real use-case calls, and each hash follows the documented recipe", async () => {
    await createArticles(3);
    expect(await verifyAuditChain()).toEqual({ ok: true, checked: 3 });

    // Re-derive event 1's hash by hand, exactly as README "Audit trail" describes it.
    const first = await db.auditEvent.findUniqueOrThrow({ where: { seq: 1 } });
    const after = first.after as { title: string; version: number };
    const canonical =
      `{"action":"article.created","actorId":${JSON.stringify(editor.id)},` +
      `"after":{"title":${JSON.stringify(after.title)},"version":${after.version}},` +
      `"articleId":${JSON.stringify(first.articleId)},"at":"${first.at.toISOString()}",` +
      `"before":null,"claimId":null,"reason":null,"seq":1}`;
    expect(first.prevHash).toBe(GENESIS_HASH);
    expect(first.hash).toBe(
      createHash("sha256")
        .update(GENESIS_HASH + canonical, "utf8")
        .digest("hex"),
    );
    const second = await db.auditEvent.findUniqueOrThrow({ where: { seq: 2 } });
    expect(second.prevHash).toBe(first.hash);
  });

  it("is for managers only", async () => {
    await expect(verifyAuditChainAs(editor)).rejects.toMatchObject({ code: "forbidden" });
    await expect(verifyAuditChainAs(editor)).rejects.toBeInstanceOf(AppError);
    expect((await verifyAuditChainAs(manager)).ok).toBe(true);
  });

  // The bar: 200 concurrent mutations, then a valid chain with no gaps.
  const CONCURRENT = 200;

  it("stays valid with seq 1..N when 200 articles are created at once", async () => {
    const before = await db.auditEvent.count();
    const results = await Promise.allSettled(
      Array.from({ length: CONCURRENT }, (_, i) =>
        createArticle({ title: `Concurrent ${i + 1}`, text: TEXT }, editor),
      ),
    );
    expect(results.flatMap((r) => (r.status === "rejected" ? [String(r.reason)] : []))).toEqual([]);
    const seqs = (await db.auditEvent.findMany({ orderBy: { seq: "asc" }, select: { seq: true } })).map(
      (e) => e.seq,
    );
    expect(seqs).toEqual(Array.from({ length: before + CONCURRENT }, (_, i) => i + 1));
    expect(await verifyAuditChain()).toEqual({ ok: true, checked: before + CONCURRENT });
  });
});

describe("event times", () => {
  it("never date an event before the one it follows, even when the clock steps back", async () => {
    await createArticle({ title: `Clock ${randomUUID()}`, text: "Before." }, editor);
    const before = await db.auditEvent.findFirstOrThrow({ orderBy: { seq: "desc" } });
    const clock = vi.spyOn(Date, "now").mockReturnValue(before.at.getTime() - 3_600_000);
    try {
      await createArticle({ title: `Clock ${randomUUID()}`, text: "After." }, editor);
    } finally {
      clock.mockRestore();
    }
    const after = await db.auditEvent.findFirstOrThrow({ orderBy: { seq: "desc" } });
    expect(after.seq).toBe(before.seq + 1);
    expect(after.at.getTime()).toBe(before.at.getTime());
    expect((await verifyAuditChain()).ok).toBe(true);
  });
});

describe("the database keeps audit events append-only", () => {
  it("refuses UPDATE of any column, re-hashing included", async () => {
    await expect(
      db.$executeRawUnsafe(`UPDATE "AuditEvent" SET "after" = '{"title":"forged"}' WHERE "seq" = 1`),
    ).rejects.toThrow(/append-only/);
    await expect(
      db.$executeRawUnsafe(`UPDATE "AuditEvent" SET "reason" = 'x' WHERE "seq" = 2`),
    ).rejects.toThrow(/append-only/);
    await expect(
      db.$executeRawUnsafe(`UPDATE "AuditEvent" SET "hash" = 'x', "prevHash" = 'y' WHERE "seq" = 2`),
    ).rejects.toThrow(/append-only/);
    await expect(db.auditEvent.updateMany({ data: { hash: "" } })).rejects.toThrow();
  });

  it("refuses DELETE (and TRUNCATE on PostgreSQL)", async () => {
    await expect(db.$executeRawUnsafe(`DELETE FROM "AuditEvent" WHERE "seq" = 1`)).rejects.toThrow(
      /append-only/,
    );
    await expect(db.auditEvent.deleteMany({})).rejects.toThrow();
    if (isPostgres) {
      await expect(db.$executeRawUnsafe(`TRUNCATE "AuditEvent"`)).rejects.toThrow(/append-only/);
    }
    expect((await verifyAuditChain()).ok).toBe(true);
  });

  it("refuses an INSERT without a hash", async () => {
    const last = await db.auditEvent.findFirstOrThrow({ orderBy: { seq: "desc" } });
    await expect(
      db.auditEvent.create({ data: { seq: last.seq + 1, action: "article.created", actorId: null } }),
    ).rejects.toThrow();
  });

  it("lets a legacy (unhashed) event be sealed exactly once, changing nothing else", async () => {
    const last = await db.auditEvent.findFirstOrThrow({ orderBy: { seq: "desc" } });
    const id = randomUUID();
    // A row as written before the hash chain existed: insert it with the INSERT check off.
    if (isPostgres) {
      await db.$executeRawUnsafe(`ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_append_only"`);
      await db.auditEvent.create({
        data: { id, seq: last.seq + 1, action: "setting.changed", actorId: null },
      });
      await db.$executeRawUnsafe(`ALTER TABLE "AuditEvent" ENABLE TRIGGER "AuditEvent_append_only"`);
    } else {
      await db.$executeRawUnsafe(`DROP TRIGGER "AuditEvent_hash_required"`);
      await db.auditEvent.create({
        data: { id, seq: last.seq + 1, action: "setting.changed", actorId: null },
      });
      await db.$executeRawUnsafe(SQLITE_HASH_REQUIRED);
    }
    // Sealing may not change anything but the hashes.
    await expect(
      db.auditEvent.update({ where: { id }, data: { hash: "a".repeat(64), reason: "changed" } }),
    ).rejects.toThrow();

    expect(await sealLegacyEvents(db)).toBe(1);
    expect(await sealLegacyEvents(db)).toBe(0);
    const sealed = await db.auditEvent.findUniqueOrThrow({ where: { id } });
    expect(sealed.prevHash).toBe(last.hash);
    await expect(db.auditEvent.update({ where: { id }, data: { hash: "b".repeat(64) } })).rejects.toThrow();
    expect(await verifyAuditChain()).toEqual({ ok: true, checked: last.seq + 1 });
  });
});

describe("tampering is detected (triggers dropped to simulate a tamperer with full access)", () => {
  beforeAll(dropAllTriggers);

  // Every case starts from its own fresh chain of five article.created events.
  beforeEach(async () => {
    await db.$executeRawUnsafe(`DELETE FROM "AuditEvent"`);
    await createArticles(5);
    expect(await verifyAuditChain()).toEqual({ ok: true, checked: 5 });
  });

  it("an edited event: hash mismatch at its seq", async () => {
    await db.$executeRawUnsafe(
      `UPDATE "AuditEvent" SET "after" = '{"title":"forged","version":1}' WHERE "seq" = 3`,
    );
    expect(await verifyAuditChain()).toEqual({
      ok: false,
      checked: 2,
      firstBrokenSeq: 3,
      reason: "hash mismatch: event 3 was altered",
    });
  });

  it("an edited event whose hash was recomputed: the next event's link breaks", async () => {
    await db.$executeRawUnsafe(
      `UPDATE "AuditEvent" SET "reason" = 'x', "hash" = '${"c".repeat(64)}' WHERE "seq" = 5`,
    );
    const result = await verifyAuditChain();
    expect(result).toMatchObject({ ok: false, firstBrokenSeq: 5 });
  });

  it("a deleted event: a gap at its seq", async () => {
    await db.$executeRawUnsafe(`DELETE FROM "AuditEvent" WHERE "seq" = 3`);
    expect(await verifyAuditChain()).toEqual({
      ok: false,
      checked: 2,
      firstBrokenSeq: 3,
      reason: "gap: event 3 is missing",
    });
  });

  it("a forged event appended with a made-up hash", async () => {
    const last = await db.auditEvent.findFirstOrThrow({ where: { seq: 5 } });
    await db.auditEvent.create({
      data: {
        seq: 6,
        at: new Date(),
        actorId: manager.id,
        action: "setting.changed",
        after: { forged: true },
        prevHash: last.hash,
        hash: createHash("sha256").update("made up").digest("hex"),
      },
    });
    expect(await verifyAuditChain()).toEqual({
      ok: false,
      checked: 5,
      firstBrokenSeq: 6,
      reason: "hash mismatch: event 6 was altered",
    });
  });

  it("a forged event with a made-up prevHash: a broken link", async () => {
    await db.auditEvent.create({
      data: {
        seq: 6,
        action: "setting.changed",
        actorId: null,
        prevHash: "f".repeat(64),
        hash: "e".repeat(64),
      },
    });
    expect(await verifyAuditChain()).toMatchObject({
      ok: false,
      checked: 5,
      firstBrokenSeq: 6,
      reason: "broken link: event 6 does not follow event 5",
    });
  });

  it("two events swapped (reordered): caught at the first of them", async () => {
    await db.$executeRawUnsafe(`UPDATE "AuditEvent" SET "seq" = -2 WHERE "seq" = 2`);
    await db.$executeRawUnsafe(`UPDATE "AuditEvent" SET "seq" = 2 WHERE "seq" = 4`);
    await db.$executeRawUnsafe(`UPDATE "AuditEvent" SET "seq" = 4 WHERE "seq" = -2`);
    expect(await verifyAuditChain()).toMatchObject({ ok: false, checked: 1, firstBrokenSeq: 2 });
  });

  it("legacy events are sealed by sealLegacyEvents, or by the next append", async () => {
    await db.$executeRawUnsafe(`UPDATE "AuditEvent" SET "hash" = '', "prevHash" = ''`);
    expect(await verifyAuditChain()).toMatchObject({ ok: false, firstBrokenSeq: 1 });
    expect(await sealLegacyEvents(db)).toBe(5);
    expect(await sealLegacyEvents(db)).toBe(0);
    expect(await verifyAuditChain()).toEqual({ ok: true, checked: 5 });

    await db.$executeRawUnsafe(`UPDATE "AuditEvent" SET "hash" = '', "prevHash" = '' WHERE "seq" >= 4`);
    await createArticles(1);
    expect(await verifyAuditChain()).toEqual({ ok: true, checked: 6 });
  });
});
