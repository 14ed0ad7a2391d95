// What the server tells each role it may do in an article and in its claims (the `can` the
// workspace and the claim detail show controls from), before a spike, while spiked, and after
// a restore: while spiked nothing that writes is offered to anyone, reading still works, and
// the reason says who can restore it. Runs on SQLite and, with DATABASE_URL, on PostgreSQL.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { archiveArticle, restoreArticle } from "@/lib/server/articles/archive-article";
import { getArticle, getArticleSummary } from "@/lib/server/articles/get-article";
import { getClaimDetail } from "@/lib/server/claims/get-claim-detail";
import { transitionClaim } from "@/lib/server/claims/transition-claim";
import { addComment } from "@/lib/server/comments/add-comment";
import type { Actor } from "@/lib/server/auth/actor";
import { caught } from "@/tests/support/caught";
import { makeArticleWithClaim, makeNewsroom } from "@/tests/support/factories";

let editor: Actor;
let checker: Actor;
let manager: Actor;

beforeAll(async () => {
  ({ editor, checker, manager } = await makeNewsroom());
});

const RESTORE = "This article is spiked — restore it to change anything.";
const ASK = "This article is spiked — an editor or manager must restore it before anything can change.";

const openArticle = () =>
  makeArticleWithClaim(editor, {
    title: `Capabilities ${randomUUID()}`,
    text: "The state fell in just 11 days, the author says.",
    quote: "11 days",
  });

/** An article with one claim a checker is researching (sources, verdicts and comments in play). */
async function articleInResearch() {
  const ctx = await openArticle();
  await transitionClaim(ctx.claimId, { to: "RESEARCHING", assigneeId: checker.id }, manager);
  await addComment(ctx.claimId, { body: "Check the timeline first." }, editor);
  return ctx;
}

describe("article capabilities", () => {
  it("before a spike, each role is offered what the policy grants", async () => {
    const { articleId } = await articleInResearch();
    expect((await getArticle(articleId, editor)).can).toEqual({
      edit: true,
      tag: true,
      mark: true,
      remove: true,
      reattach: true,
      spike: true,
      restore: false,
      readOnlyReason: null,
    });
    expect((await getArticle(articleId, checker)).can).toEqual({
      edit: false,
      tag: false,
      mark: true,
      remove: false,
      reattach: true,
      spike: false,
      restore: false,
      readOnlyReason: null,
    });
    expect((await getArticle(articleId, manager)).can).toMatchObject({ edit: true, spike: true });
  });

  it("while spiked, no role may write; editors and managers may restore; the reason says so", async () => {
    const { articleId, claimId } = await articleInResearch();
    // An open claim's moves (pick up, assign, dismiss) are offered until the spike.
    const open = await openArticle();
    for (const actor of [editor, checker, manager]) {
      expect((await getClaimDetail(open.claimId, actor)).allowedTransitions.length).toBeGreaterThan(0);
    }
    await archiveArticle(articleId, {}, editor);
    await archiveArticle(open.articleId, {}, manager);
    const readOnly = { edit: false, tag: false, mark: false, remove: false, reattach: false, spike: false };
    for (const [actor, restore, reason] of [
      [editor, true, RESTORE],
      [manager, true, RESTORE],
      [checker, false, ASK],
    ] as const) {
      const article = await getArticle(articleId, actor);
      expect(article.can).toEqual({ ...readOnly, restore, readOnlyReason: reason });
      // Reading still works: the text and the claims are all there.
      expect(article.claims.map((c) => c.id)).toEqual([claimId]);

      const detail = await getClaimDetail(claimId, actor);
      expect(detail.readOnlyReason).toBe(reason);
      expect(detail.allowedTransitions).toEqual([]);
      expect(detail.approvalRefusal).toBeNull();
      expect(detail.can).toEqual({
        manageSources: false,
        manageSourcesRefusal: null,
        unflagSensitive: false,
        proposeVerdict: false,
        comment: false,
        reconfirm: false,
        reconfirmRefusal: null,
        assign: false,
      });
      expect(detail.comments.map((c) => c.body)).toEqual(["Check the timeline first."]);
      expect((await getClaimDetail(open.claimId, actor)).allowedTransitions).toEqual([]);
    }
    // What the detail offers is what the server does: a comment is refused.
    const refused = await caught(addComment(claimId, { body: "Still there?" }, checker));
    expect(refused.code).toBe("article_spiked");
    // The live workspaces are told the article is spiked (the `article` event carries it).
    expect((await getArticleSummary(articleId)).archivedAt).not.toBeNull();
  });

  it("after a restore, everything comes back", async () => {
    const { articleId, claimId } = await openArticle();
    const offered = async (actor: Actor) => {
      const { can, allowedTransitions, readOnlyReason } = await getClaimDetail(claimId, actor);
      return { can, allowedTransitions, readOnlyReason, article: (await getArticle(articleId, actor)).can };
    };
    const before = [await offered(editor), await offered(checker), await offered(manager)];
    expect(before[1]?.allowedTransitions).toContain("RESEARCHING");
    expect(before[1]?.can).toMatchObject({ comment: true });
    expect(before[2]?.can).toMatchObject({ assign: true, unflagSensitive: true, manageSources: true });
    await archiveArticle(articleId, {}, manager);
    await restoreArticle(articleId, {}, editor);
    expect([await offered(editor), await offered(checker), await offered(manager)]).toEqual(before);
    expect((await getArticleSummary(articleId)).archivedAt).toBeNull();
  });
});
