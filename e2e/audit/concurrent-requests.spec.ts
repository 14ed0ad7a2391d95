// The audit chain under load, through the real server: 200 mutations sent as parallel HTTP
// requests by two people, then the chain verifies and its sequence has no gap. CI runs
// this on SQLite (npm test) and again on a fresh PostgreSQL database (.ci/run).
import { expect, test } from "@playwright/test";
import { apiAs } from "../fixtures/api";
import { testDb } from "../fixtures/db";

const DEMO_CLAIM = "0b6f4a4e-2c1d-4d1e-9a51-6f1a3c1e0003";

test("200 concurrent mutations from parallel requests leave a valid chain without gaps", async ({
  baseURL,
}) => {
  test.setTimeout(180_000);
  const editor = await apiAs("editor", baseURL ?? "");
  const checker = await apiAs("checker", baseURL ?? "");
  const manager = await apiAs("manager", baseURL ?? "");
  const before = await testDb.auditEvent.count();

  const responses = await Promise.all(
    Array.from({ length: 200 }, (_, i) =>
      i % 2 === 0
        ? editor.post("/api/v1/articles", { data: { title: `Parallel ${i}`, text: `Paragraph ${i}.` } })
        : checker.post(`/api/v1/claims/${DEMO_CLAIM}/comments`, { data: { body: `Parallel note ${i}` } }),
    ),
  );
  const statuses = responses.map((r) => r.status());
  expect(statuses.filter((s) => s !== 201)).toEqual([]);

  const events = await testDb.auditEvent.findMany({
    where: { seq: { gt: before } },
    orderBy: { seq: "asc" },
    select: { seq: true, action: true },
  });
  expect(events.filter((e) => e.action === "article.created")).toHaveLength(100);
  expect(events.filter((e) => e.action === "comment.added")).toHaveLength(100);
  const seqs = (await testDb.auditEvent.findMany({ select: { seq: true }, orderBy: { seq: "asc" } })).map(
    (e) => e.seq,
  );
  expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => i + 1));

  const verify = await manager.get("/api/v1/audit/verify");
  expect(verify.status()).toBe(200);
  expect(await verify.json()).toEqual({ ok: true, checked: seqs.length });
  await Promise.all([editor, checker, manager].map((c) => c.dispose()));
});
