import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  DEMO_ARTICLE_TITLE,
  DEMO_CLAIMS,
  DEMO_CLAIM_IDS,
  DEMO_PASSWORD,
  seedDemo,
} from "@/lib/server/demo/seed-demo";
import { verifyCredentials } from "@/lib/server/auth/verify-credentials";
import { getPlainText } from "@/lib/domain/document/plain-text";
import type { DocJSON, NodeJSON } from "@/lib/domain/document/types";

const CASUALTIES_ID = "0b6f4a4e-2c1d-4d1e-9a51-6f1a3c1e0002";
const SERVICEMEN_ID = "0b6f4a4e-2c1d-4d1e-9a51-6f1a3c1e0003";

function textOf(node: NodeJSON): string {
  return node.type === "text" ? (node.text ?? "") : (node.content ?? []).map(textOf).join("");
}

async function counts() {
  const [users, articles, revisions, claims, events] = await Promise.all([
    db.user.count(),
    db.article.count(),
    db.articleRevision.count(),
    db.claim.count(),
    db.auditEvent.count(),
  ]);
  return { users, articles, revisions, claims, events };
}

let firstRun: { seeded: boolean };

beforeAll(async () => {
  expect(await db.user.count()).toBe(0);
  firstRun = await seedDemo();
});

const STAGES: Record<string, string> = {
  [DEMO_CLAIM_IDS.casualties]: "VERIFIED",
  [DEMO_CLAIM_IDS.saleh]: "RESEARCHING",
  [DEMO_CLAIM_IDS.bagram]: "IN_REVIEW",
};

describe("seedDemo on an empty database", () => {
  it("reports that it seeded", () => {
    expect(firstRun).toEqual({ seeded: true });
  });

  it("creates the four demo accounts with their roles", async () => {
    const users = await db.user.findMany({ orderBy: { email: "asc" }, select: { email: true, role: true } });
    expect(users).toEqual([
      { email: "checker2@claimdesk.test", role: "CHECKER" },
      { email: "checker@claimdesk.test", role: "CHECKER" },
      { email: "editor@claimdesk.test", role: "EDITOR" },
      { email: "manager@claimdesk.test", role: "MANAGER" },
    ]);
  });

  it("creates the demo article with its seven claims anchored to their words", async () => {
    const article = await db.article.findFirstOrThrow({
      where: { title: DEMO_ARTICLE_TITLE },
      include: { claims: true, updatedBy: { select: { email: true } } },
    });
    expect(await db.article.count()).toBe(1);
    // Every claim mark is one step of the article's step log.
    const steps = await db.articleStep.count({ where: { articleId: article.id } });
    expect(steps).toBeGreaterThanOrEqual(DEMO_CLAIMS.length);
    expect(article.version).toBe(1 + steps);
    expect(article.updatedBy.email).toBe("editor@claimdesk.test");

    const text = getPlainText(article.doc as unknown as DocJSON);
    expect(article.claims).toHaveLength(DEMO_CLAIMS.length);
    for (const expected of DEMO_CLAIMS) {
      const claim = article.claims.find((c) => c.id === expected.id);
      expect(claim, expected.text).toMatchObject({
        quote: expected.text,
        orphaned: false,
        status: STAGES[expected.id] ?? "OPEN",
        removedAt: null,
      });
      expect(text.slice(claim?.start, claim?.end)).toBe(expected.text);
    }
  });

  it("nests the “13 US servicemen” claim inside the casualty claim", async () => {
    const outer = await db.claim.findUniqueOrThrow({ where: { id: CASUALTIES_ID } });
    const inner = await db.claim.findUniqueOrThrow({ where: { id: SERVICEMEN_ID } });
    expect(inner.start).toBeGreaterThan(outer.start);
    expect(inner.end).toBeLessThan(outer.end);
    expect(outer.quote.slice(inner.start - outer.start, inner.end - outer.start)).toBe("13 US servicemen");
  });

  it("keeps the headline, the dateline paragraph and the two subheads, without the site banner", async () => {
    const article = await db.article.findFirstOrThrow({ where: { title: DEMO_ARTICLE_TITLE } });
    const blocks = (article.doc as unknown as DocJSON).content ?? [];
    const described = blocks.map((b) => ({ type: b.type, level: b.attrs?.level, text: textOf(b) }));

    expect(described[0]).toEqual({ type: "heading", level: 1, text: DEMO_ARTICLE_TITLE });
    expect(described).toContainEqual({ type: "paragraph", level: undefined, text: "Tuesday, May 21, 2024" });
    expect(described.filter((b) => b.type === "heading" && b.level === 2).map((b) => b.text)).toEqual([
      "Understanding the re-emergence of ISKP",
      "US withdrawal has unleashed a chaos",
    ]);
    expect(described.filter((b) => b.text === DEMO_ARTICLE_TITLE)).toHaveLength(1);
    expect(getPlainText(article.doc as unknown as DocJSON)).not.toContain("Welcome to Global Village Space");
  });

  it("records the seed in the audit trail as the system, with the reason", async () => {
    const created = await db.auditEvent.findMany({ where: { action: "user.created" } });
    expect(created).toHaveLength(4);
    expect(created.every((e) => e.actorId === null && e.reason === "demo seed")).toBe(true);
    expect(await db.auditEvent.count({ where: { action: "claim.created" } })).toBe(DEMO_CLAIMS.length);
  });

  it("shows the workflow at several stages, with honest, labelled demo sources", async () => {
    const verified = await db.claim.findUniqueOrThrow({
      where: { id: DEMO_CLAIM_IDS.casualties },
      include: {
        verdicts: { include: { rating: true, approvals: { include: { approver: true } }, proposedBy: true } },
      },
    });
    const approved = verified.verdicts.find((v) => v.state === "APPROVED");
    expect(approved?.rating.label).toBe("Misleading");
    expect(approved?.rationale.length).toBeGreaterThan(20);
    expect(approved?.approvals.map((a) => a.approver.email)).toEqual(["checker2@claimdesk.test"]);
    expect(approved?.proposedBy.email).toBe("checker@claimdesk.test");

    const sources = await db.source.findMany();
    expect(sources.length).toBeGreaterThanOrEqual(3);
    for (const source of sources) {
      expect(source.title.startsWith("[Demo]")).toBe(true);
      expect(source.note).toContain("Demo material");
      expect(source.excerpt).toBe("");
    }
    expect(await db.source.count({ where: { claimId: DEMO_CLAIM_IDS.saleh } })).toBeGreaterThan(0);
    expect((await db.article.findFirstOrThrow()).status).toBe("IN_CHECK");
  });

  it("lets the demo editor sign in with the demo password", async () => {
    const actor = await verifyCredentials({ email: "editor@claimdesk.test", password: DEMO_PASSWORD });
    expect(actor).toMatchObject({ email: "editor@claimdesk.test", name: "Elena Editor", role: "EDITOR" });
    expect(
      await verifyCredentials({ email: "editor@claimdesk.test", password: "claimdesk-demo!" }),
    ).toBeNull();
  });
});

describe("seedDemo on a database that has users", () => {
  it("does nothing and says so", async () => {
    const before = await counts();
    expect(before.users).toBe(4);
    expect(await seedDemo()).toEqual({ seeded: false });
    expect(await counts()).toEqual(before);
  });
});
