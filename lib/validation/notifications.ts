import { z } from "@/lib/validation/zod";
import {
  DIGEST_FREQUENCIES,
  NOTIFICATION_CHANNELS,
  NOTIFICATION_KINDS,
} from "@/lib/domain/notifications/preferences";

const list = (values: readonly string[]) => values.join(", ");

export const ZNotificationPreferencesInput = z.strictObject({
  digest: z
    .enum(DIGEST_FREQUENCIES, { error: `digest must be one of ${list(DIGEST_FREQUENCIES)}.` })
    .optional(),
  channels: z
    .partialRecord(
      z.enum(NOTIFICATION_KINDS, { error: `Each kind must be one of ${list(NOTIFICATION_KINDS)}.` }),
      z.enum(NOTIFICATION_CHANNELS, { error: `Each channel must be one of ${list(NOTIFICATION_CHANNELS)}.` }),
    )
    .optional(),
});
export type NotificationPreferencesInput = z.input<typeof ZNotificationPreferencesInput>;
