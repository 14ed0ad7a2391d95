// Notification choices and the email digest, sent over real SMTP to a local catcher.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addComment } from "@/lib/server/comments/add-comment";
import { listNotifications } from "@/lib/server/notifications/list-notifications";
import { markNotificationsRead } from "@/lib/server/notifications/mark-notifications-read";
import {
  getNotificationPreferences,
  updateNotificationPreferences,
} from "@/lib/server/notifications/notification-preferences";
import { sendDueDigests, smtpMailer, type DigestMailer } from "@/lib/server/notifications/send-digests";
import type { Actor } from "@/lib/server/auth/actor";
import { makeAssignedClaim, makeUser } from "@/tests/support/factories";
import { startSmtpCatcher, type SmtpCatcher } from "@/tests/support/smtp-catcher";
import { caught } from "@/tests/support/caught";
import { mentionHandleOf } from "@/lib/domain/comments/mentions";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

let catcher: SmtpCatcher;
let mailer: DigestMailer;
let editor: Actor;
let manager: Actor;

beforeAll(async () => {
  catcher = await startSmtpCatcher();
  mailer = smtpMailer(catcher.url, "Claimdesk <desk@claimdesk.test>");
  editor = await makeUser("EDITOR");
  manager = await makeUser("MANAGER", "Morgan Manager");
});

afterAll(async () => {
  await catcher.close();
});

const assign = (title: string, who: Actor) => makeAssignedClaim({ editor, manager }, title, who);

const later = (ms: number) => new Date(Date.now() + ms);
const mailTo = (who: Actor) => catcher.messages.filter((m) => m.to.includes(who.email));

describe("notification choices", () => {
  it("start as in the app and by email, daily, and say whether email is set up", async () => {
    const checker = await makeUser("CHECKER");
    const prefs = await getNotificationPreferences(checker);
    expect(prefs.digest).toBe("daily");
    expect(new Set(Object.values(prefs.channels))).toEqual(new Set(["email"]));
    expect(Object.keys(prefs.channels).sort()).toEqual([
      "approved",
      "assigned",
      "mentioned",
      "reopened",
      "sent_back",
    ]);
    expect(prefs.emailConfigured).toBe(false);
  });

  it("a kind turned off is not notified at all; others still are", async () => {
    const checker = await makeUser("CHECKER", "Quiet Checker");
    await updateNotificationPreferences(checker, { channels: { mentioned: "off" } });
    const { claimId } = await assign("Turned off", checker);
    await addComment(claimId, { body: `@${mentionHandleOf(checker.email)} please look` }, manager);
    const kinds = (await listNotifications(checker)).items.map((n) => n.kind);
    expect(kinds).toEqual(["assigned"]);
  });

  it("refuses unknown kinds, channels and frequencies, naming the allowed values, and changes nothing", async () => {
    const checker = await makeUser("CHECKER");
    const error = await caught(updateNotificationPreferences(checker, { digest: "weekly" as "daily" }));
    expect(error).toMatchObject({ code: "validation" });
    expect(JSON.stringify(error)).toContain("off, hourly, daily");
    const channel = await caught(
      updateNotificationPreferences(checker, { channels: { assigned: "loud" as "off" } }),
    );
    expect(JSON.stringify(channel)).toContain("email, app, off");
    expect(
      await caught(updateNotificationPreferences(checker, { channels: { poked: "off" } as never })),
    ).toMatchObject({
      code: "validation",
    });
    expect((await getNotificationPreferences(checker)).digest).toBe("daily");
  });
});

describe("the email digest", () => {
  it("sends nothing and marks nothing when no SMTP server is configured", async () => {
    const checker = await makeUser("CHECKER");
    await assign("Unconfigured", checker);
    expect(await sendDueDigests({ now: later(10 * MINUTE), mailer: null })).toEqual({
      configured: false,
      sent: 0,
      failed: 0,
    });
    expect(await db.notification.count({ where: { userId: checker.id, emailedAt: { not: null } } })).toBe(0);
  });

  it("emails unread notifications once, grouped by article with links, after the grace time", async () => {
    const checker = await makeUser("CHECKER", "Dana Digest");
    const first = await assign("Kabul fell in eleven days", checker);
    await assign("Budget hearing, March", checker);
    await assign("Kabul fell in eleven days, part two", checker);

    // Within the grace time nothing goes: it may yet be read in the app.
    await sendDueDigests({ now: later(MINUTE), mailer });
    expect(mailTo(checker)).toHaveLength(0);

    await sendDueDigests({ now: later(10 * MINUTE), mailer });
    const [mail, ...more] = mailTo(checker);
    expect(more).toHaveLength(0);
    expect(mail?.subject).toBe("Claimdesk: 3 notifications on 3 articles");
    expect(mail?.from).toBe("desk@claimdesk.test");
    expect(mail?.text).toContain("Hello Dana Digest,");
    expect(mail?.text).toContain("Kabul fell in eleven days\n\n  - Morgan Manager assigned you");
    expect(mail?.text).toContain(`/articles/${first.articleId}?claim=${first.claimId}`);

    // A second run the same day sends nothing more, even with something new waiting.
    await assign("Another one", checker);
    await sendDueDigests({ now: later(20 * MINUTE), mailer });
    expect(mailTo(checker)).toHaveLength(1);
    // A day later the new one goes, and only it.
    await sendDueDigests({ now: later(25 * HOUR), mailer });
    expect(mailTo(checker)).toHaveLength(2);
    expect(mailTo(checker)[1]?.subject).toBe("Claimdesk: 1 notification on 1 article");
  });

  it("leaves out what was read in the app, kinds kept to the app, and people who turned digests off", async () => {
    const reader = await makeUser("CHECKER");
    await assign("Read already", reader);
    await markNotificationsRead(reader, { all: true });
    const appOnly = await makeUser("CHECKER");
    await updateNotificationPreferences(appOnly, { channels: { assigned: "app" } });
    await assign("App only", appOnly);
    const noDigest = await makeUser("CHECKER");
    await updateNotificationPreferences(noDigest, { digest: "off" });
    await assign("No digest", noDigest);

    await sendDueDigests({ now: later(10 * MINUTE), mailer });
    expect(mailTo(reader)).toHaveLength(0);
    expect(mailTo(appOnly)).toHaveLength(0);
    expect(mailTo(noDigest)).toHaveLength(0);
    // Still in the app for those who keep it there.
    expect((await listNotifications(appOnly)).unread).toBe(1);
  });

  it("hourly digests go again after an hour", async () => {
    const checker = await makeUser("CHECKER");
    await updateNotificationPreferences(checker, { digest: "hourly" });
    await assign("Hourly one", checker);
    await sendDueDigests({ now: later(10 * MINUTE), mailer });
    await assign("Hourly two", checker);
    await sendDueDigests({ now: later(30 * MINUTE), mailer });
    expect(mailTo(checker)).toHaveLength(1);
    await sendDueDigests({ now: later(75 * MINUTE), mailer });
    expect(mailTo(checker)).toHaveLength(2);
  });

  it("a refused email loses nothing: the next run sends it", async () => {
    const checker = await makeUser("CHECKER");
    await assign("Refused once", checker);
    const others = catcher.messages.length;
    // Refuse every email of this run (other people's digests may be due too).
    catcher.refuseNext(1_000);
    const run = await sendDueDigests({ now: later(10 * MINUTE), mailer });
    catcher.refuseNext(0);
    expect(run.failed).toBeGreaterThanOrEqual(1);
    expect(catcher.messages.length).toBe(others);
    expect(await db.notification.count({ where: { userId: checker.id, emailedAt: { not: null } } })).toBe(0);
    await sendDueDigests({ now: later(11 * MINUTE), mailer });
    expect(mailTo(checker)).toHaveLength(1);
    expect(mailTo(checker)[0]?.text).toContain("Refused once");
  });

  it("two processes sending at once email each person once", async () => {
    const checker = await makeUser("CHECKER");
    await assign("Raced", checker);
    const now = later(10 * MINUTE);
    const runs = await Promise.all([sendDueDigests({ now, mailer }), sendDueDigests({ now, mailer })]);
    expect(mailTo(checker)).toHaveLength(1);
    expect(runs.reduce((sum, r) => sum + r.failed, 0)).toBe(0);
  });
});
