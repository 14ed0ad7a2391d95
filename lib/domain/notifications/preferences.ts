// What a person is told about, and how. Each kind of notification goes to the app and the
// email digest ("email"), to the app only ("app"), or nowhere ("off"); a kind the person
// never chose is "email". The digest gathers unread notifications into one email at most
// once per hour or per day, and only when the workspace has an SMTP server.

export const NOTIFICATION_KINDS = ["assigned", "mentioned", "sent_back", "approved", "reopened"] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const NOTIFICATION_CHANNELS = ["email", "app", "off"] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

export const DIGEST_FREQUENCIES = ["off", "hourly", "daily"] as const;
export type DigestFrequency = (typeof DIGEST_FREQUENCIES)[number];

export const DEFAULT_CHANNEL: NotificationChannel = "email";
export const DEFAULT_DIGEST: DigestFrequency = "daily";

export const KIND_LABELS: Record<NotificationKind, { label: string; description: string }> = {
  assigned: { label: "Assigned to me", description: "Someone gives you a claim to check." },
  mentioned: { label: "Mentioned", description: "Someone names you in a comment with @." },
  sent_back: { label: "Sent back", description: "A reviewer returns your verdict with a note." },
  approved: { label: "Verdict approved", description: "Your proposed verdict is approved." },
  reopened: { label: "Claim reopened", description: "A claim you checked is reopened." },
};

export const CHANNEL_LABELS: Record<NotificationChannel, string> = {
  email: "In the app and by email",
  app: "In the app only",
  off: "Off",
};

export const DIGEST_LABELS: Record<DigestFrequency, string> = {
  off: "Never",
  hourly: "At most once an hour",
  daily: "At most once a day",
};

const HOUR = 60 * 60 * 1000;
const PERIOD_MS: Record<Exclude<DigestFrequency, "off">, number> = { hourly: HOUR, daily: 24 * HOUR };

/**
 * A notification waits this long before it may be emailed, so that one opened in the app
 * right away (and so read) is not emailed as well.
 */
export const DIGEST_GRACE_MS = 5 * 60 * 1000;
/** Notifications older than this never go out by email (a server that gains SMTP later). */
export const DIGEST_MAX_AGE_MS = 7 * 24 * HOUR;

export function isNotificationKind(value: string): value is NotificationKind {
  return (NOTIFICATION_KINDS as readonly string[]).includes(value);
}

export function isDigestFrequency(value: string): value is DigestFrequency {
  return (DIGEST_FREQUENCIES as readonly string[]).includes(value);
}

/** Each kind's channel, from the rows a person saved (unknown or missing rows: the default). */
export function channelsFrom(
  rows: { kind: string; channel: string }[],
): Record<NotificationKind, NotificationChannel> {
  const channels = Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, DEFAULT_CHANNEL])) as Record<
    NotificationKind,
    NotificationChannel
  >;
  for (const row of rows) {
    if (isNotificationKind(row.kind) && (NOTIFICATION_CHANNELS as readonly string[]).includes(row.channel))
      channels[row.kind] = row.channel as NotificationChannel;
  }
  return channels;
}

/**
 * Whether a person's digest may go out at `now`: digests are on, the last one is at least
 * a period old, and something has waited out the grace time.
 */
export function digestDue(
  frequency: string,
  lastSentAt: Date | null,
  oldestPendingAt: Date | null,
  now: Date,
): boolean {
  if (!isDigestFrequency(frequency) || frequency === "off" || oldestPendingAt === null) return false;
  if (now.getTime() - oldestPendingAt.getTime() < DIGEST_GRACE_MS) return false;
  return lastSentAt === null || now.getTime() - lastSentAt.getTime() >= PERIOD_MS[frequency];
}
