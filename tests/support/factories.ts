// Test data made through the real database (never mocks).
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/server/auth/actor";
import type { Role } from "@/lib/domain/permissions";
import { addClaimMark, findText } from "@/lib/domain/document/apply-claim-mark";
import { createArticle } from "@/lib/server/articles/create-article";
import { saveArticleDocument } from "@/lib/server/articles/save-article-document";
import { transitionClaim } from "@/lib/server/claims/transition-claim";
import { addSource } from "@/lib/server/sources/add-source";
import { proposeVerdict } from "@/lib/server/verdicts/propose-verdict";

/** A user row with an unusable password hash: sign-in is not what these tests exercise. */
export async function makeUser(
  role: Role,
  name = `${role.toLowerCase()} ${randomUUID().slice(0, 6)}`,
): Promise<Actor> {
  return db.user.create({
    data: { email: `${randomUUID()}@test.claimdesk`, name, role, passwordHash: "not-a-hash" },
    select: { id: true, email: true, name: true, role: true },
  });
}

/** The four people of most workflow tests: an editor, two fact-checkers and a manager. */
export async function makeNewsroom(): Promise<Record<"editor" | "checker" | "checker2" | "manager", Actor>> {
  return {
    editor: await makeUser("EDITOR"),
    checker: await makeUser("CHECKER", "Chris Checker"),
    checker2: await makeUser("CHECKER", "Kim Checker"),
    manager: await makeUser("MANAGER", "Morgan Manager"),
  };
}

/** An article by `editor` whose words `quote` are marked as one claim (saved as the editor would). */
export async function makeArticleWithClaim(
  editor: Actor,
  {
    title = `Article ${randomUUID().slice(0, 8)}`,
    text,
    quote,
  }: { title?: string; text: string; quote: string },
): Promise<{ articleId: string; claimId: string }> {
  const article = await createArticle({ title, text }, editor);
  const claimId = randomUUID();
  const range = findText(article.doc, quote);
  if (!range) throw new Error(`"${quote}" is not in the text`);
  await saveArticleDocument(
    article.id,
    { baseVersion: 1, doc: addClaimMark(article.doc, range, claimId) },
    editor,
  );
  return { articleId: article.id, claimId };
}

/**
 * An article titled `title` by `editor` with a claim on "11 days", assigned to `assignee` by
 * `manager` (due in 2030): what most notification tests start from.
 */
export async function makeAssignedClaim(
  { editor, manager }: { editor: Actor; manager: Actor },
  title: string,
  assignee: Actor,
): Promise<{ articleId: string; claimId: string }> {
  const claim = await makeArticleWithClaim(editor, {
    title,
    text: "The state fell in just 11 days, the author says.",
    quote: "11 days",
  });
  await transitionClaim(
    claim.claimId,
    { to: "RESEARCHING", assigneeId: assignee.id, dueAt: "2030-01-15" },
    manager,
  );
  return claim;
}

/**
 * An article by `editor` whose words `quote` are a verified claim: assigned to `checker`,
 * who cites one source and proposes "Misleading"; `manager` approves it.
 */
export async function makeVerifiedClaim(
  { editor, checker, manager }: { editor: Actor; checker: Actor; manager: Actor },
  { text, quote }: { text: string; quote: string },
): Promise<{ articleId: string; claimId: string }> {
  const claim = await makeArticleWithClaim(editor, { text, quote });
  await transitionClaim(claim.claimId, { to: "RESEARCHING", assigneeId: checker.id }, manager);
  const source = await addSource(
    claim.claimId,
    { url: "https://example.org/report", title: "Report" },
    checker,
  );
  await proposeVerdict(
    claim.claimId,
    { rating: "Misleading", rationale: "The count starts late.", sourceIds: [source.id] },
    checker,
  );
  await transitionClaim(claim.claimId, { to: "IN_REVIEW" }, checker);
  await transitionClaim(claim.claimId, { to: "VERIFIED" }, manager);
  return claim;
}
