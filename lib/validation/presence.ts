// Who is in an article and where their caret is: the presence POST and the event stream's
// query. Positions are bounded so that a selection always fits a small signal payload.
import { z } from "@/lib/validation/zod";

export const MAX_PRESENCE_POSITION = 50_000_000;

const POSITION_MESSAGE = `must be a whole number from 0 to ${MAX_PRESENCE_POSITION.toLocaleString("en-US")}.`;
const position = (name: string) =>
  z
    .number({ error: `${name} ${POSITION_MESSAGE}` })
    .int(`${name} ${POSITION_MESSAGE}`)
    .min(0, `${name} ${POSITION_MESSAGE}`)
    .max(MAX_PRESENCE_POSITION, `${name} ${POSITION_MESSAGE}`);

/** The editor session's id, as the step protocol knows it. */
export const ZClientId = z
  .string({ error: "clientId must be text." })
  .regex(/^[A-Za-z0-9_-]{1,64}$/, "clientId must be 1–64 letters, digits, - or _.");

export const ZPresenceSelection = z.object({
  anchor: position("anchor"),
  head: position("head"),
  version: position("version"),
});

export const ZPresenceInput = z.object({
  clientId: ZClientId,
  selection: ZPresenceSelection.nullable(),
});
export type PresenceInput = z.infer<typeof ZPresenceInput>;

const SINCE_MESSAGE = "since must be a version number (?since=N).";

/** GET …/events?clientId=…&since=N (since: the version the page holds; without it, no catch-up). */
export const ZArticleEventsQuery = z.object({
  clientId: ZClientId,
  since: z
    .string({ error: SINCE_MESSAGE })
    .regex(/^\d{1,9}$/, SINCE_MESSAGE)
    .transform(Number)
    .optional(),
});
