import "server-only";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { parseInput } from "@/lib/validation/issues";
import {
  ZNotificationPreferencesInput,
  type NotificationPreferencesInput,
} from "@/lib/validation/notifications";
import {
  channelsFrom,
  DEFAULT_DIGEST,
  isDigestFrequency,
  type DigestFrequency,
  type NotificationChannel,
  type NotificationKind,
} from "@/lib/domain/notifications/preferences";
import type { Actor } from "@/lib/server/auth/actor";

export interface NotificationPreferences {
  digest: DigestFrequency;
  channels: Record<NotificationKind, NotificationChannel>;
  /** Whether this server has an SMTP server: without one nothing is emailed. */
  emailConfigured: boolean;
}

/** My choices of what notifies me and how often I get a digest email. */
export async function getNotificationPreferences(actor: Actor): Promise<NotificationPreferences> {
  const user = await db.user.findUniqueOrThrow({
    where: { id: actor.id },
    select: { digestFrequency: true, notificationPreferences: { select: { kind: true, channel: true } } },
  });
  return {
    digest: isDigestFrequency(user.digestFrequency) ? user.digestFrequency : DEFAULT_DIGEST,
    channels: channelsFrom(user.notificationPreferences),
    emailConfigured: getEnv().smtpUrl !== undefined,
  };
}

/** Changes my choices; kinds and the digest left out of the input keep theirs. */
export async function updateNotificationPreferences(
  actor: Actor,
  rawInput: NotificationPreferencesInput,
): Promise<NotificationPreferences> {
  const input = parseInput(ZNotificationPreferencesInput, rawInput);
  await db.$transaction(async (tx) => {
    if (input.digest) {
      await tx.user.update({ where: { id: actor.id }, data: { digestFrequency: input.digest } });
    }
    for (const [kind, channel] of Object.entries(input.channels ?? {})) {
      if (!channel) continue;
      await tx.notificationPreference.upsert({
        where: { userId_kind: { userId: actor.id, kind } },
        create: { userId: actor.id, kind, channel },
        update: { channel },
      });
    }
  });
  return getNotificationPreferences(actor);
}
