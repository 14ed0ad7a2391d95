import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/server/auth/actor";
import type { AuditAction } from "@/lib/server/audit/append-audit-events";
import { verifyCredentials } from "@/lib/server/auth/verify-credentials";
import { createRating } from "@/lib/server/ratings/create-rating";
import { updateRating } from "@/lib/server/ratings/update-rating";
import { retireRating } from "@/lib/server/ratings/retire-rating";
import { reorderRatings } from "@/lib/server/ratings/reorder-ratings";
import { createUser } from "@/lib/server/users/create-user";
import { listUsers } from "@/lib/server/users/list-users";
import { changeUserRole } from "@/lib/server/users/change-user-role";
import { setUserDisabled } from "@/lib/server/users/set-user-disabled";
import { getWorkspaceSettings } from "@/lib/server/settings/get-workspace-settings";
import { getApprovalsRequired } from "@/lib/server/settings/get-approvals-required";
import { updateApprovalsRequired } from "@/lib/server/settings/update-approvals-required";
import { makeUser } from "@/tests/support/factories";
import { caught } from "@/tests/support/caught";

const PASSWORD = "correct horse battery staple";

let manager: Actor;
let editor: Actor;
let checker: Actor;

beforeAll(async () => {
  manager = await makeUser("MANAGER", "Morgan Manager");
  editor = await makeUser("EDITOR");
  checker = await makeUser("CHECKER");
});

async function eventsOf(action: AuditAction) {
  return db.auditEvent.findMany({ where: { action }, orderBy: { seq: "asc" } });
}

async function lastEvent(action: AuditAction) {
  return db.auditEvent.findFirstOrThrow({ where: { action }, orderBy: { seq: "desc" } });
}

async function ratingByLabel(label: string) {
  return db.rating.findUniqueOrThrow({ where: { label } });
}

async function scaleOrder(): Promise<string[]> {
  const ratings = await db.rating.findMany({ orderBy: { position: "asc" }, select: { label: true } });
  return ratings.map((r) => r.label);
}

describe("verdict scale", () => {
  it("adds a rating at the end of the scale, publishing its label unless told otherwise", async () => {
    const rating = await createRating({ label: " Half true ", ratingValue: 3 }, manager);
    expect(rating).toMatchObject({
      label: "Half true",
      alternateName: "Half true",
      position: 8,
      ratingValue: 3,
      bestRating: 5,
      worstRating: 1,
      retired: false,
      requiresSources: true,
    });
    const event = await lastEvent("rating.created");
    expect(event.actorId).toBe(manager.id);
    expect(event.before).toBeNull();
    expect(event.after).toEqual({
      ratingId: rating.id,
      label: "Half true",
      alternateName: "Half true",
      position: 8,
      ratingValue: 3,
      bestRating: 5,
      worstRating: 1,
      requiresSources: true,
    });
    expect((await scaleOrder()).at(-1)).toBe("Half true");
  });

  it("accepts -1 for a rating that is not on the numeric scale", async () => {
    const rating = await createRating(
      { label: "No evidence", alternateName: "Lacks evidence", ratingValue: -1, requiresSources: false },
      manager,
    );
    expect(rating).toMatchObject({
      ratingValue: -1,
      alternateName: "Lacks evidence",
      requiresSources: false,
    });
  });

  it("refuses a label the scale already has, in any letter case, and writes nothing", async () => {
    const ratings = await db.rating.count();
    const events = await db.auditEvent.count();
    const error = await caught(createRating({ label: "mostly TRUE", ratingValue: 4 }, manager));
    expect(error.code).toBe("validation");
    expect(error.status).toBe(422);
    expect(error.issues).toEqual([{ path: "label", message: "Another rating already has this label." }]);
    expect(await db.rating.count()).toBe(ratings);
    expect(await db.auditEvent.count()).toBe(events);
  });

  it("refuses ClaimReview numbers that do not fit: best not above worst, value outside the range", async () => {
    const upsideDown = await caught(
      createRating({ label: "Upside down", ratingValue: 3, bestRating: 1, worstRating: 5 }, manager),
    );
    expect(upsideDown.code).toBe("validation");
    expect(upsideDown.issues?.map((i) => i.path)).toEqual(["bestRating"]);

    const outside = await caught(createRating({ label: "Too good", ratingValue: 7 }, manager));
    expect(outside.issues?.map((i) => i.path)).toEqual(["ratingValue"]);
    expect(outside.issues?.[0]?.message).toMatch(/from 1 to 5, or -1/);

    const negative = await caught(createRating({ label: "Below", ratingValue: -2 }, manager));
    expect(negative.issues?.map((i) => i.path)).toEqual(["ratingValue"]);

    const fraction = await caught(createRating({ label: "Fraction", ratingValue: 2.5 }, manager));
    expect(fraction.issues?.map((i) => i.path)).toEqual(["ratingValue"]);

    expect(
      await db.rating.findFirst({ where: { label: { in: ["Upside down", "Too good", "Below"] } } }),
    ).toBeNull();
  });

  it("renames a rating and records only the changed fields", async () => {
    const mixed = await ratingByLabel("Mixed");
    const updated = await updateRating(
      mixed.id,
      // alternateName and ratingValue are sent unchanged, so they are not part of the change.
      { label: "Half and half", alternateName: "Mixed", ratingValue: 3, requiresSources: false },
      manager,
    );
    expect(updated).toMatchObject({ label: "Half and half", alternateName: "Mixed", requiresSources: false });
    const event = await lastEvent("rating.updated");
    expect(event.actorId).toBe(manager.id);
    expect(event.before).toEqual({ ratingId: mixed.id, label: "Mixed", requiresSources: true });
    expect(event.after).toEqual({ ratingId: mixed.id, label: "Half and half", requiresSources: false });

    // Nothing changed: nothing recorded.
    const count = await db.auditEvent.count();
    await updateRating(mixed.id, { label: "Half and half" }, manager);
    expect(await db.auditEvent.count()).toBe(count);
  });

  it("lets a rating change the letter case of its own label but not take another's", async () => {
    const mostlyFalse = await ratingByLabel("Mostly false");
    await updateRating(mostlyFalse.id, { label: "Mostly False" }, manager);
    expect((await db.rating.findUniqueOrThrow({ where: { id: mostlyFalse.id } })).label).toBe("Mostly False");

    const error = await caught(updateRating(mostlyFalse.id, { label: "  false " }, manager));
    expect(error.code).toBe("validation");
    expect(error.issues?.map((i) => i.path)).toEqual(["label"]);
    expect((await db.rating.findUniqueOrThrow({ where: { id: mostlyFalse.id } })).label).toBe("Mostly False");
  });

  it("checks the ClaimReview range against the rating as it would become", async () => {
    const trueRating = await ratingByLabel("True");
    // True is 5 on 1..5: lowering the best rating to 4 would leave its value outside.
    const error = await caught(updateRating(trueRating.id, { bestRating: 4 }, manager));
    expect(error.code).toBe("validation");
    expect(error.issues?.map((i) => i.path)).toEqual(["ratingValue"]);

    const flat = await caught(updateRating(trueRating.id, { worstRating: 5 }, manager));
    expect(flat.issues?.map((i) => i.path)).toEqual(["bestRating"]);

    // Moving value and range together is fine.
    const rescaled = await updateRating(trueRating.id, { ratingValue: 10, bestRating: 10 }, manager);
    expect(rescaled).toMatchObject({ ratingValue: 10, bestRating: 10, worstRating: 1 });
    const event = await lastEvent("rating.updated");
    expect(event.before).toEqual({ ratingId: trueRating.id, ratingValue: 5, bestRating: 5 });
    expect(event.after).toEqual({ ratingId: trueRating.id, ratingValue: 10, bestRating: 10 });
  });

  it("answers not_found for an unknown rating", async () => {
    const error = await caught(updateRating("no-such-rating", { label: "X" }, manager));
    expect(error.code).toBe("not_found");
    expect((await caught(retireRating("no-such-rating", { retired: true }, manager))).code).toBe("not_found");
  });

  it("retires and restores a rating, keeping it on the scale and recording each step", async () => {
    const misleading = await ratingByLabel("Misleading");
    const retired = await retireRating(misleading.id, { retired: true }, manager);
    expect(retired).toMatchObject({ id: misleading.id, retired: true, position: misleading.position });
    expect((await getWorkspaceSettings(manager)).ratings.find((r) => r.id === misleading.id)?.retired).toBe(
      true,
    );
    const retiredEvent = await lastEvent("rating.retired");
    expect(retiredEvent.before).toEqual({ ratingId: misleading.id, retired: false });
    expect(retiredEvent.after).toEqual({ ratingId: misleading.id, retired: true });

    // Retiring it again changes nothing and records nothing.
    await retireRating(misleading.id, { retired: true }, manager);
    expect(await eventsOf("rating.retired")).toHaveLength(1);

    const restored = await retireRating(misleading.id, { retired: false }, manager);
    expect(restored.retired).toBe(false);
    const restoredEvent = await lastEvent("rating.restored");
    expect(restoredEvent.before).toEqual({ ratingId: misleading.id, retired: true });
    expect(restoredEvent.after).toEqual({ ratingId: misleading.id, retired: false });
  });

  it("keeps at least one rating in use", async () => {
    const ratings = await db.rating.findMany({ orderBy: { position: "asc" } });
    const [keep, ...others] = ratings;
    for (const r of others) await retireRating(r.id, { retired: true }, manager);
    const error = await caught(retireRating(keep?.id ?? "", { retired: true }, manager));
    expect(error.code).toBe("validation");
    expect(await db.rating.count({ where: { retired: false } })).toBe(1);
    for (const r of others) await retireRating(r.id, { retired: false }, manager);
  });

  it("reorders the whole scale to positions 1..n and records the old and new order", async () => {
    const before = await db.rating.findMany({ orderBy: { position: "asc" }, select: { id: true } });
    const reversed = before.map((r) => r.id).reverse();
    const ratings = await reorderRatings({ ratingIds: reversed }, manager);
    expect(ratings.map((r) => r.id)).toEqual(reversed);
    expect(ratings.map((r) => r.position)).toEqual(reversed.map((_, i) => i + 1));
    const event = await lastEvent("ratings.reordered");
    expect(event.before).toEqual({ order: before.map((r) => r.id) });
    expect(event.after).toEqual({ order: reversed });

    // The same order again records nothing.
    await reorderRatings({ ratingIds: reversed }, manager);
    expect(await eventsOf("ratings.reordered")).toHaveLength(1);
  });

  it("refuses an order that is not exactly the current set of ratings", async () => {
    const ids = (await db.rating.findMany({ orderBy: { position: "asc" }, select: { id: true } })).map(
      (r) => r.id,
    );
    const events = await db.auditEvent.count();

    const missing = await caught(reorderRatings({ ratingIds: ids.slice(1) }, manager));
    expect(missing.code).toBe("conflict");
    const foreign = await caught(reorderRatings({ ratingIds: [...ids.slice(1), "not-a-rating"] }, manager));
    expect(foreign.code).toBe("conflict");
    const extra = await caught(reorderRatings({ ratingIds: [...ids, "not-a-rating"] }, manager));
    expect(extra.code).toBe("conflict");
    const twice = await caught(reorderRatings({ ratingIds: [ids[0] ?? "", ...ids.slice(0, -1)] }, manager));
    expect(twice.code).toBe("validation");
    expect(twice.issues?.map((i) => i.path)).toEqual(["ratingIds"]);

    expect(await db.auditEvent.count()).toBe(events);
    expect((await db.rating.findMany({ orderBy: { position: "asc" } })).map((r) => r.id)).toEqual(ids);
  });

  it("lets only managers change the scale or read the admin settings", async () => {
    const rating = await ratingByLabel("False");
    const ids = (await db.rating.findMany({ orderBy: { position: "asc" } })).map((r) => r.id);
    const events = await db.auditEvent.count();
    for (const actor of [editor, checker]) {
      const refusals = await Promise.all([
        caught(createRating({ label: "Sneaky", ratingValue: 3 }, actor)),
        caught(updateRating(rating.id, { label: "Sneaky" }, actor)),
        caught(retireRating(rating.id, { retired: true }, actor)),
        caught(reorderRatings({ ratingIds: [...ids].reverse() }, actor)),
        caught(getWorkspaceSettings(actor)),
      ]);
      expect(refusals.map((e) => e.code)).toEqual(Array(5).fill("forbidden"));
      expect(refusals[0]?.message).toBe("Only managers edit the verdict scale and workspace settings.");
    }
    expect(await db.auditEvent.count()).toBe(events);
    expect(await db.rating.findUnique({ where: { label: "Sneaky" } })).toBeNull();
  });
});

describe("users", () => {
  it("lists every account for managers, disabled ones included, without password material", async () => {
    const gone = await makeUser("CHECKER", "Aaron Gone");
    await setUserDisabled(gone.id, { disabled: true }, manager);
    const users = await listUsers(manager);
    const row = users.find((u) => u.id === gone.id);
    expect(row).toMatchObject({ email: gone.email, name: "Aaron Gone", role: "CHECKER", disabled: true });
    expect(row?.createdAt).toBeInstanceOf(Date);
    expect(users.every((u) => !("passwordHash" in u))).toBe(true);
    expect(users.map((u) => u.id)).toEqual(expect.arrayContaining([manager.id, editor.id, checker.id]));
  });

  it("creates a user through createUser for a manager", async () => {
    const user = await createUser(
      { email: "new.hire@newsroom.org", name: "New Hire", role: "CHECKER", password: PASSWORD },
      manager,
    );
    expect((await listUsers(manager)).find((u) => u.id === user.id)).toMatchObject({ disabled: false });
  });

  it("changes a role and records the old and new role only", async () => {
    const user = await makeUser("EDITOR");
    const updated = await changeUserRole(user.id, { role: "CHECKER" }, manager);
    expect(updated).toMatchObject({ id: user.id, role: "CHECKER", disabled: false });
    const event = await lastEvent("user.role_changed");
    expect(event.actorId).toBe(manager.id);
    expect(event.before).toEqual({ userId: user.id, role: "EDITOR" });
    expect(event.after).toEqual({ userId: user.id, role: "CHECKER" });

    const count = await db.auditEvent.count();
    await changeUserRole(user.id, { role: "CHECKER" }, manager);
    expect(await db.auditEvent.count()).toBe(count);
  });

  it("refuses a manager demoting themself, and lets another manager do it", async () => {
    const other = await makeUser("MANAGER");
    const error = await caught(changeUserRole(other.id, { role: "EDITOR" }, other));
    expect(error.code).toBe("validation");
    expect(error.issues?.map((i) => i.path)).toEqual(["role"]);
    expect(error.message).toMatch(/own manager role/);
    expect((await db.user.findUniqueOrThrow({ where: { id: other.id } })).role).toBe("MANAGER");

    await changeUserRole(other.id, { role: "EDITOR" }, manager);
    expect((await db.user.findUniqueOrThrow({ where: { id: other.id } })).role).toBe("EDITOR");
  });

  it("refuses a manager disabling themself", async () => {
    const error = await caught(setUserDisabled(manager.id, { disabled: true }, manager));
    expect(error.code).toBe("validation");
    expect(error.issues?.map((i) => i.path)).toEqual(["disabled"]);
    expect(error.message).toMatch(/your own account/);
    expect((await db.user.findUniqueOrThrow({ where: { id: manager.id } })).disabled).toBe(false);
  });

  it("disables an account so it cannot sign in, keeps its history, and enables it again", async () => {
    const user = await createUser(
      { email: "leaving@newsroom.org", name: "Leaving", role: "CHECKER", password: PASSWORD },
      manager,
    );
    expect(await verifyCredentials({ email: user.email, password: PASSWORD })).toEqual(user);

    const disabled = await setUserDisabled(user.id, { disabled: true }, manager);
    expect(disabled.disabled).toBe(true);
    expect(await verifyCredentials({ email: user.email, password: PASSWORD })).toBeNull();
    const event = await lastEvent("user.disabled");
    expect(event.actorId).toBe(manager.id);
    expect(event.before).toEqual({ userId: user.id, disabled: false });
    expect(event.after).toEqual({ userId: user.id, disabled: true });
    // The account and what it did are still there.
    expect(await db.user.findUnique({ where: { id: user.id } })).not.toBeNull();
    const created = await eventsOf("user.created");
    expect(created.filter((e) => (e.after as { email?: string } | null)?.email === user.email)).toHaveLength(
      1,
    );

    await setUserDisabled(user.id, { disabled: false }, manager);
    expect(await verifyCredentials({ email: user.email, password: PASSWORD })).toEqual(user);
    const enabled = await lastEvent("user.enabled");
    expect(enabled.before).toEqual({ userId: user.id, disabled: true });
    expect(enabled.after).toEqual({ userId: user.id, disabled: false });
  });

  it("refuses a body that changes role and disabled state at once", async () => {
    const user = await makeUser("EDITOR");
    const input = { role: "CHECKER", disabled: true } as unknown as { role: "CHECKER" };
    const error = await caught(changeUserRole(user.id, input, manager));
    expect(error.code).toBe("validation");
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).role).toBe("EDITOR");
  });

  it("answers not_found for an unknown user", async () => {
    expect((await caught(changeUserRole("no-such-user", { role: "EDITOR" }, manager))).code).toBe(
      "not_found",
    );
    expect((await caught(setUserDisabled("no-such-user", { disabled: true }, manager))).code).toBe(
      "not_found",
    );
  });

  it("lets only managers list, create, change or disable users", async () => {
    const target = await makeUser("CHECKER");
    const events = await db.auditEvent.count();
    for (const actor of [editor, checker]) {
      const refusals = await Promise.all([
        caught(listUsers(actor)),
        caught(
          createUser({ email: "x@newsroom.org", name: "X", role: "MANAGER", password: PASSWORD }, actor),
        ),
        caught(changeUserRole(target.id, { role: "MANAGER" }, actor)),
        caught(setUserDisabled(target.id, { disabled: true }, actor)),
      ]);
      expect(refusals.map((e) => e.code)).toEqual(Array(4).fill("forbidden"));
    }
    expect(await db.auditEvent.count()).toBe(events);
    expect(await db.user.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({
      role: "CHECKER",
      disabled: false,
    });
  });
});

describe("workspace settings", () => {
  it("reads one approval by default and the scale in its order", async () => {
    const settings = await getWorkspaceSettings(manager);
    expect(settings.approvalsRequired).toBe(1);
    expect(settings.ratings.map((r) => r.position)).toEqual(settings.ratings.map((_, i) => i + 1));
  });

  it("sets two approvals and records the change", async () => {
    expect(await updateApprovalsRequired({ approvalsRequired: 2 }, manager)).toEqual({
      approvalsRequired: 2,
    });
    expect(await getApprovalsRequired(db)).toBe(2);
    expect((await getWorkspaceSettings(manager)).approvalsRequired).toBe(2);
    const event = await lastEvent("setting.changed");
    expect(event.actorId).toBe(manager.id);
    expect(event.before).toEqual({ approvalsRequired: 1 });
    expect(event.after).toEqual({ approvalsRequired: 2 });

    await updateApprovalsRequired({ approvalsRequired: 2 }, manager);
    expect(await eventsOf("setting.changed")).toHaveLength(1);

    await updateApprovalsRequired({ approvalsRequired: 1 }, manager);
    expect(await getApprovalsRequired(db)).toBe(1);
    expect((await lastEvent("setting.changed")).after).toEqual({ approvalsRequired: 1 });
  });

  it("refuses anything but 1 or 2", async () => {
    for (const value of [3, 0, "2", null]) {
      const error = await caught(
        updateApprovalsRequired({ approvalsRequired: value } as unknown as { approvalsRequired: 1 }, manager),
      );
      expect(error.code).toBe("validation");
      expect(error.issues).toEqual([
        { path: "approvalsRequired", message: "Approvals required must be 1 or 2." },
      ]);
    }
    expect(await getApprovalsRequired(db)).toBe(1);
  });

  it("lets only managers change settings", async () => {
    const error = await caught(updateApprovalsRequired({ approvalsRequired: 2 }, editor));
    expect(error.code).toBe("forbidden");
    expect(await getApprovalsRequired(db)).toBe(1);
  });
});

// Last: these disable every other manager of the test database.
describe("the last enabled manager", () => {
  let ada: Actor;
  let bo: Actor;

  beforeAll(async () => {
    ada = await makeUser("MANAGER", "Ada");
    bo = await makeUser("MANAGER", "Bo");
    const others = await db.user.findMany({
      where: { role: "MANAGER", disabled: false, id: { notIn: [ada.id, bo.id] } },
    });
    for (const other of others) await setUserDisabled(other.id, { disabled: true }, ada);
  });

  async function enabledManagers(): Promise<string[]> {
    const rows = await db.user.findMany({
      where: { role: "MANAGER", disabled: false },
      select: { id: true },
    });
    return rows.map((r) => r.id);
  }

  it("survives two managers demoting each other at the same moment", async () => {
    const results = await Promise.allSettled([
      changeUserRole(bo.id, { role: "EDITOR" }, ada),
      changeUserRole(ada.id, { role: "EDITOR" }, bo),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected");
    expect(rejected?.reason).toBeInstanceOf(AppError);
    expect((rejected?.reason as AppError).code).toBe("validation");
    expect((rejected?.reason as AppError).message).toMatch(/last enabled manager/);
    expect(await enabledManagers()).toHaveLength(1);
  });

  it("refuses demoting or disabling the last enabled manager, even for a manager whose session is stale", async () => {
    const [lastId] = await enabledManagers();
    // The one who lost the race still holds a manager session from before.
    const stale = lastId === ada.id ? bo : ada;
    const last = lastId === ada.id ? ada : bo;

    const demote = await caught(changeUserRole(last.id, { role: "CHECKER" }, stale));
    expect(demote.code).toBe("validation");
    expect(demote.issues).toEqual([
      { path: "role", message: "This is the last enabled manager. Make someone else a manager first." },
    ]);
    const disable = await caught(setUserDisabled(last.id, { disabled: true }, stale));
    expect(disable.code).toBe("validation");
    expect(disable.issues?.map((i) => i.path)).toEqual(["disabled"]);
    expect(await enabledManagers()).toEqual([last.id]);

    // Once someone else is a manager again, the former last one may step down.
    await changeUserRole(stale.id, { role: "MANAGER" }, last);
    await changeUserRole(last.id, { role: "EDITOR" }, stale);
    expect(await enabledManagers()).toEqual([stale.id]);
  });
});
