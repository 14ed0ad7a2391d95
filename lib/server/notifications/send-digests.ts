import "server-only";
import nodemailer from "nodemailer";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import {
  channelsFrom,
  digestDue,
  DIGEST_GRACE_MS,
  DIGEST_MAX_AGE_MS,
  NOTIFICATION_KINDS,
} from "@/lib/domain/notifications/preferences";
import { composeDigest } from "@/lib/domain/notifications/digest-email";

export interface DigestMessage {
  to: string;
  subject: string;
  text: string;
}

/** Sends one email; rejects when the server refuses it. */
export type DigestMailer = (message: DigestMessage) => Promise<void>;

/** A mailer over SMTP (nodemailer), e.g. `smtp://user:pass@mail.example.org:587`. */
export function smtpMailer(smtpUrl: string, from: string): DigestMailer {
  const transport = nodemailer.createTransport(smtpUrl);
  return async (message) => {
    await transport.sendMail({ from, ...message });
  };
}

let configured: DigestMailer | null | undefined;

/** The workspace's mailer, from SMTP_URL; null when none is configured (no email at all). */
export function configuredMailer(): DigestMailer | null {
  if (configured === undefined) {
    const env = getEnv();
    configured = env.smtpUrl ? smtpMailer(env.smtpUrl, env.mailFrom) : null;
  }
  return configured;
}

export interface DigestRun {
  /** False when no SMTP server is configured: nothing was looked at or sent. */
  configured: boolean;
  /** Emails sent, one per person. */
  sent: number;
  /** People whose email failed; their notifications wait for the next run. */
  failed: number;
}

/** At most this many notifications are listed in one email; the rest are counted. */
const LISTED = 50;

/**
 * Emails each person whose digest is due their unread notifications of the kinds they get
 * by email, once. Safe to run in several processes at once: a person's digest is taken by
 * moving their `digestSentAt` from the value this run read (only one run can), and their
 * notifications are marked emailed only once the server has accepted the email; a failed
 * send gives the digest back for the next run.
 */
export async function sendDueDigests(
  options: { now?: Date; mailer?: DigestMailer | null } = {},
): Promise<DigestRun> {
  const now = options.now ?? new Date();
  const mailer = options.mailer === undefined ? configuredMailer() : options.mailer;
  if (!mailer) return { configured: false, sent: 0, failed: 0 };

  const window = {
    emailedAt: null,
    readAt: null,
    createdAt: {
      gte: new Date(now.getTime() - DIGEST_MAX_AGE_MS),
      lte: new Date(now.getTime() - DIGEST_GRACE_MS),
    },
  };
  const waiting = await db.notification.groupBy({ by: ["userId"], where: window });
  if (waiting.length === 0) return { configured: true, sent: 0, failed: 0 };

  const people = await db.user.findMany({
    where: { id: { in: waiting.map((w) => w.userId) }, disabled: false, digestFrequency: { not: "off" } },
    select: {
      id: true,
      email: true,
      name: true,
      digestFrequency: true,
      digestSentAt: true,
      notificationPreferences: { select: { kind: true, channel: true } },
    },
  });

  let sent = 0;
  let failed = 0;
  const { publicUrl } = getEnv();
  for (const person of people) {
    const channels = channelsFrom(person.notificationPreferences);
    const emailKinds = NOTIFICATION_KINDS.filter((kind) => channels[kind] === "email");
    if (emailKinds.length === 0) continue;
    const where = { ...window, userId: person.id, kind: { in: emailKinds } };
    const [pending, total] = await Promise.all([
      db.notification.findMany({
        where,
        orderBy: { createdAt: "asc" },
        take: LISTED,
        select: {
          id: true,
          message: true,
          createdAt: true,
          claim: { select: { id: true, article: { select: { id: true, title: true } } } },
        },
      }),
      db.notification.count({ where }),
    ]);
    if (!digestDue(person.digestFrequency, person.digestSentAt, pending[0]?.createdAt ?? null, now)) continue;

    const taken = await db.user.updateMany({
      where: { id: person.id, digestSentAt: person.digestSentAt },
      data: { digestSentAt: now },
    });
    if (taken.count === 0) continue; // another process is sending this digest

    const message = composeDigest({
      name: person.name,
      publicUrl,
      total,
      items: pending.map((n) => ({
        message: n.message,
        createdAt: n.createdAt,
        article: n.claim?.article ?? null,
        path: n.claim ? `/articles/${n.claim.article.id}?claim=${n.claim.id}` : "/",
      })),
    });
    try {
      await mailer({ to: person.email, ...message });
    } catch (error) {
      failed += 1;
      console.error(`The notification digest to ${person.email} was not sent`, error);
      await db.user.updateMany({
        where: { id: person.id, digestSentAt: now },
        data: { digestSentAt: person.digestSentAt },
      });
      continue;
    }
    // Everything up to the run's cut-off was summed up in this email (counted if not listed).
    await db.notification.updateMany({ where, data: { emailedAt: now } });
    sent += 1;
  }
  return { configured: true, sent, failed };
}
