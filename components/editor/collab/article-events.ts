// The article's event stream (GET /api/v1/articles/:id/events, Server-Sent Events): steps,
// claim and article changes and presence, as the server sends them. Reopened from the
// page's current version whenever it drops; the caller polls in between.
import type { ArticleStatusName, ClaimStatusName } from "@/lib/domain/claims/claim-status";

export interface StepsEvent {
  /** The version the steps start from. */
  from: number;
  version: number;
  steps: unknown[];
  clientIds: string[];
}

export interface LiveClaim {
  id: string;
  quote: string;
  start: number;
  end: number;
  status: ClaimStatusName;
  orphaned: boolean;
  rating: string | null;
  /** The words its approved verdict checked, or null: stale when they differ from `quote`. */
  checkedQuote: string | null;
  assignee: { id: string; name: string } | null;
  dueAt: string | null;
}

/** What the workspace keeps of a claim: its card, its highlight's colour, the header's counts. */
export type WorkspaceClaim = Pick<
  LiveClaim,
  "id" | "quote" | "status" | "orphaned" | "rating" | "checkedQuote"
>;

export interface ClaimsEvent {
  claims: LiveClaim[];
  /** Claims that were removed from the article. */
  removedIds: string[];
}

export interface PendingCorrection {
  id: string;
  claimId: string;
  claimIds: string[];
  kind: "TEXT" | "VERDICT";
  summary: string;
  note: string;
  authorId: string;
}

export interface ArticleEvent {
  status: ArticleStatusName;
  version: number;
  firstClearedAt: string | null;
  correctionCount: number;
  pendingCorrections: PendingCorrection[];
  /** Set while the article is spiked (read-only for everyone). */
  archivedAt: string | null;
}

export interface PresentClient {
  clientId: string;
  userId: string;
  name: string;
  color: string;
  selection: { anchor: number; head: number; version: number } | null;
}

export interface PresenceEvent {
  clients: PresentClient[];
}

const REOPEN_AFTER_MS = 3_000;

export function openArticleEvents(options: {
  articleId: string;
  clientId: string;
  since: () => number;
  onSteps: (event: StepsEvent) => void;
  onClaims: (event: ClaimsEvent) => void;
  onArticle: (event: ArticleEvent) => void;
  onPresence: (event: PresenceEvent) => void;
  /** The stream is up; `again` when it was down before (changes may have been missed). */
  onConnected: (again: boolean) => void;
  onDisconnected: () => void;
}): () => void {
  let source: EventSource | null = null;
  let reopen: ReturnType<typeof setTimeout> | undefined;
  let closed = false;
  let connectedBefore = false;

  const listen = <T>(name: string, handle: (data: T) => void) => {
    source?.addEventListener(name, (event) => {
      try {
        handle(JSON.parse((event as MessageEvent<string>).data) as T);
      } catch (error) {
        console.error(`Could not read the "${name}" event`, error);
      }
    });
  };

  const open = () => {
    if (closed) return;
    const query = new URLSearchParams({ clientId: options.clientId, since: String(options.since()) });
    source = new EventSource(`/api/v1/articles/${options.articleId}/events?${query.toString()}`);
    listen("hello", () => {
      options.onConnected(connectedBefore);
      connectedBefore = true;
    });
    listen<StepsEvent>("steps", options.onSteps);
    listen<ClaimsEvent>("claims", options.onClaims);
    listen<ArticleEvent>("article", options.onArticle);
    listen<PresenceEvent>("presence", options.onPresence);
    source.onerror = () => {
      // The browser would retry with the old `since`; reopen from where the page is instead.
      source?.close();
      source = null;
      options.onDisconnected();
      clearTimeout(reopen);
      reopen = setTimeout(open, REOPEN_AFTER_MS);
    };
  };

  open();
  return () => {
    closed = true;
    clearTimeout(reopen);
    source?.close();
  };
}
