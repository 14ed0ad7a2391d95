import "server-only";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation/issues";
import { ZArticleEventsQuery } from "@/lib/validation/presence";
import type { Actor } from "@/lib/server/auth/actor";
import { assertAllowed } from "@/lib/server/auth/assert-allowed";
import { hasSessionEnded } from "@/lib/server/auth/require-user";
import { joinArticleHub, type HubEvent } from "@/lib/server/live/article-hub";

// GET …/events: the article's Server-Sent Events for one editor session. Everything that
// can fail (permission, unknown article, a `since` too old) fails before the stream
// starts, so it leaves as the API's usual error; after that the stream only ends when
// the client goes away (or stops reading).

export const KEEP_ALIVE_MS = 15_000;
/** A client that stopped reading is cut off once this much waits for it; it reconnects with its version. */
const MAX_UNREAD_BYTES = 8 * 1024 * 1024;

const encoder = new TextEncoder();
const KEEP_ALIVE = encoder.encode(": keep-alive\n\n");
// One event goes to many streams: encode it once.
const frames = new WeakMap<HubEvent, Uint8Array>();

export function encodeEventFrame(event: HubEvent): Uint8Array {
  let frame = frames.get(event);
  if (!frame) {
    // JSON.stringify escapes line breaks, so the data is always one `data:` line.
    frame = encoder.encode(`event: ${event.name}\ndata: ${JSON.stringify(event.data)}\n\n`);
    frames.set(event, frame);
  }
  return frame;
}

export async function openArticleEvents(
  articleId: string,
  rawQuery: { clientId?: string; since?: string },
  actor: Actor,
  abort: AbortSignal,
): Promise<ReadableStream<Uint8Array>> {
  assertAllowed(actor, "article.view");
  const query = parseInput(ZArticleEventsQuery, rawQuery);
  const article = await db.article.findUnique({ where: { id: articleId }, select: { id: true } });
  if (!article) throw notFound("The article");

  let controller: ReadableStreamDefaultController<Uint8Array> | undefined;
  let closed = false;
  let live = false;
  let leave: (() => void) | undefined;
  const timers: { keepAlive?: ReturnType<typeof setInterval> } = {};

  const close = () => {
    if (closed) return;
    closed = true;
    clearInterval(timers.keepAlive);
    abort.removeEventListener("abort", close);
    leave?.();
    try {
      controller?.close();
    } catch {
      // Already closed by the other side.
    }
  };
  const write = (bytes: Uint8Array) => {
    if (closed || !controller) return;
    // The catch-up is written before anyone reads; only a live stream can fall behind.
    if (live && (controller.desiredSize ?? 0) < -MAX_UNREAD_BYTES) {
      close();
      return;
    }
    try {
      controller.enqueue(bytes);
    } catch {
      // The response was torn down without telling us: nobody is reading any more.
      close();
    }
  };

  const stream = new ReadableStream<Uint8Array>(
    {
      start: (c) => {
        controller = c;
      },
      cancel: close,
    },
    new ByteLengthQueuingStrategy({ highWaterMark: 64 * 1024 }),
  );
  try {
    leave = await joinArticleHub(
      {
        articleId,
        clientId: query.clientId,
        since: query.since ?? null,
        user: { id: actor.id, name: actor.name },
      },
      (event) => write(encodeEventFrame(event)),
    );
  } catch (error) {
    closed = true;
    throw error;
  }
  live = true;
  if (abort.aborted) {
    close();
    return stream;
  }
  abort.addEventListener("abort", close, { once: true });
  timers.keepAlive = setInterval(() => {
    write(KEEP_ALIVE);
    // A stream outlives the request that checked the session: end it once the session
    // has been ended (sign-out, account disabled, role or password changed).
    void hasSessionEnded(actor).then(
      (ended) => ended && close(),
      () => undefined,
    );
  }, KEEP_ALIVE_MS);
  timers.keepAlive.unref();
  return stream;
}
