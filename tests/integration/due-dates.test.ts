// A due date in the past is refused when it is set (the claim would be overdue at once),
// not when a claim whose due date has since passed is reassigned.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { transitionClaim } from "@/lib/server/claims/transition-claim";
import { updateClaimAssignment } from "@/lib/server/claims/update-claim-assignment";
import type { Actor } from "@/lib/server/auth/actor";
import { caught } from "@/tests/support/caught";
import { makeArticleWithClaim, makeNewsroom } from "@/tests/support/factories";

let editor: Actor;
let checker: Actor;
let checker2: Actor;
let manager: Actor;

beforeAll(async () => {
  ({ editor, checker, checker2, manager } = await makeNewsroom());
});

async function openClaim(): Promise<string> {
  const { claimId } = await makeArticleWithClaim(editor, {
    text: "The state fell in 11 days.",
    quote: "11 days",
  });
  return claimId;
}

const yesterday = () => new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
const today = () => new Date().toISOString().slice(0, 10);

describe("due dates", () => {
  it("in the past are refused when a claim is assigned, and nothing changes", async () => {
    const claimId = await openClaim();
    const refused = await caught(
      transitionClaim(claimId, { to: "RESEARCHING", assigneeId: checker.id, dueAt: yesterday() }, manager),
    );
    expect(refused.status).toBe(422);
    expect(refused.issues).toEqual([
      { path: "dueAt", message: `The due date ${yesterday()} is in the past: choose today or a later day.` },
    ]);
    expect(await db.claim.findUniqueOrThrow({ where: { id: claimId } })).toMatchObject({
      status: "OPEN",
      assigneeId: null,
      dueAt: null,
    });
  });

  it("today or later are taken", async () => {
    const claimId = await openClaim();
    await transitionClaim(claimId, { to: "RESEARCHING", assigneeId: checker.id, dueAt: today() }, manager);
    expect(
      (await db.claim.findUniqueOrThrow({ where: { id: claimId } })).dueAt?.toISOString().slice(0, 10),
    ).toBe(today());
  });

  it("moved into the past are refused; one that has passed since may stay when the claim is reassigned", async () => {
    const claimId = await openClaim();
    await transitionClaim(
      claimId,
      { to: "RESEARCHING", assigneeId: checker.id, dueAt: "2030-01-15" },
      manager,
    );
    expect((await caught(updateClaimAssignment(claimId, { dueAt: yesterday() }, manager))).status).toBe(422);
    // The due date passes (set directly, as time would).
    await db.claim.update({ where: { id: claimId }, data: { dueAt: new Date(`${yesterday()}T00:00:00Z`) } });
    await updateClaimAssignment(claimId, { assigneeId: checker2.id, dueAt: yesterday() }, manager);
    expect(await db.claim.findUniqueOrThrow({ where: { id: claimId } })).toMatchObject({
      assigneeId: checker2.id,
    });
  });
});
