"use client";
// Wires the sync engine to the workspace: the server's claims (status, rating, assignee)
// and the article's state as they change for anyone, who else is here and where their
// carets are. React state changes only when such an event arrives, never per keystroke.
import { useCallback, useEffect, useRef, useState } from "react";
import type { Editor } from "@tiptap/react";
import { ArticleSync } from "@/components/editor/collab/article-sync";
import type {
  ArticleEvent,
  WorkspaceClaim,
  PendingCorrection,
  PresentClient,
} from "@/components/editor/collab/article-events";
import { setRemoteCaretsTr, type RemoteCaret } from "@/components/editor/collab/presence-carets";
import { othersPresent } from "@/components/editor/presence-list";
import type { ArticleStatusName } from "@/lib/domain/claims/claim-status";

export interface LiveArticle {
  status: ArticleStatusName;
  firstClearedAt: string | null;
  correctionCount: number;
  pendingCorrections: PendingCorrection[];
}

const PRESENCE_EVERY_MS = 200;

export function useArticleSync(options: {
  articleId: string;
  clientId: string;
  viewerId: string;
  editor: Editor | null;
  /** False holds the engine (and its event stream) back, e.g. until the editor has painted. */
  connect: boolean;
  initialClaims: WorkspaceClaim[];
  initialArticle: LiveArticle;
  /** Whether the page was loaded spiked (read-only). */
  spiked: boolean;
  /**
   * Someone spiked or restored the article since the page loaded: what this person may do
   * changed, so the page must be loaded again (the server decides it). Called once.
   */
  onSpikedChange: (nowSpiked: boolean) => void;
}) {
  const { articleId, clientId, viewerId, editor, connect, spiked } = options;
  const onSpikedChange = useRef(options.onSpikedChange);
  onSpikedChange.current = options.onSpikedChange;
  const [sync, setSync] = useState<ArticleSync | null>(null);
  const [claims, setClaims] = useState<WorkspaceClaim[]>(options.initialClaims);
  const [article, setArticle] = useState<LiveArticle>(options.initialArticle);
  const [others, setOthers] = useState<PresentClient[]>([]);
  const [refusal, setRefusal] = useState<string | null>(null);
  const presence = useRef<PresentClient[]>([]);

  const placeCarets = useCallback(
    (engine: ArticleSync, target: Editor) => {
      const carets: RemoteCaret[] = [];
      for (const person of presence.current) {
        if (!person.selection || person.clientId === clientId || person.userId === viewerId) continue;
        const { anchor, head, version } = person.selection;
        const placed = engine.mapFromVersion(version, [anchor, head]);
        if (!placed) continue;
        carets.push({
          clientId: person.clientId,
          name: person.name,
          color: person.color,
          anchor: placed[0] ?? 0,
          head: placed[1] ?? 0,
        });
      }
      if (!target.isDestroyed) target.view.dispatch(setRemoteCaretsTr(target.state, carets));
    },
    [clientId, viewerId],
  );

  useEffect(() => {
    if (!editor || !connect) return;
    let spikeNoticed = false;
    // Spiked meanwhile: nothing more is sent (every change would be refused), and the page
    // reloads its permissions. Restored meanwhile: the page reloads to allow changes again.
    const noteSpiked = (nowSpiked: boolean) => {
      if (nowSpiked === spiked || spikeNoticed) return;
      spikeNoticed = true;
      if (nowSpiked) engine.stop();
      onSpikedChange.current(nowSpiked);
    };
    const engine = new ArticleSync({
      articleId,
      clientId,
      getState: () => editor.state,
      dispatch: (tr) => editor.view.dispatch(tr),
      onClaims: ({ claims: changed, removedIds }) => {
        const gone = new Set([...removedIds, ...changed.map((c) => c.id)]);
        setClaims((list) => [...list.filter((c) => !gone.has(c.id)), ...changed]);
      },
      onArticle: (event: ArticleEvent) => {
        setArticle({
          status: event.status,
          firstClearedAt: event.firstClearedAt,
          correctionCount: event.correctionCount,
          pendingCorrections: event.pendingCorrections,
        });
        noteSpiked(event.archivedAt !== null);
      },
      onResync: (current) => {
        noteSpiked(current.archivedAt !== null);
        setClaims(current.claims);
        setArticle({
          status: current.status,
          firstClearedAt: current.firstClearedAt,
          correctionCount: current.correctionCount,
          pendingCorrections: current.pendingCorrections,
        });
      },
      onPresence: ({ clients }) => {
        presence.current = clients;
        setOthers(othersPresent(clients, clientId, viewerId));
        placeCarets(engine, editor);
      },
      onRefused: (message, code) => {
        // Those changes can never be accepted: stop, and let the person reload.
        engine.stop();
        setRefusal(message);
        if (code === "article_spiked") noteSpiked(true);
      },
    });
    let lastPresence = 0;
    let presenceTimer: ReturnType<typeof setTimeout> | undefined;
    const sendPresence = () => {
      lastPresence = Date.now();
      void fetch(`/api/v1/articles/${articleId}/presence`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ clientId, selection: engine.selectionForServer() }),
      }).catch(() => undefined);
    };
    const onTransaction = ({
      transaction,
    }: {
      transaction: Parameters<ArticleSync["noteTransaction"]>[0];
    }) => {
      engine.noteTransaction(transaction);
      // Typing moves the caret with the typed steps, which colleagues map it through; only a
      // move of the caret alone is news to them.
      if (transaction.docChanged || !transaction.selectionSet) return;
      if (!editor.isFocused || presenceTimer) return;
      presenceTimer = setTimeout(
        () => {
          presenceTimer = undefined;
          sendPresence();
        },
        Math.max(0, lastPresence + PRESENCE_EVERY_MS - Date.now()),
      );
    };
    editor.on("transaction", onTransaction);
    engine.start();
    setSync(engine);
    return () => {
      clearTimeout(presenceTimer);
      editor.off("transaction", onTransaction);
      engine.stop();
    };
  }, [editor, connect, articleId, clientId, viewerId, placeCarets, spiked]);

  /** After a change made in an open claim's detail: show it at once (the event confirms it). */
  const patchClaim = useCallback((id: string, patch: Partial<WorkspaceClaim>) => {
    setClaims((list) => list.map((c) => (c.id === id ? { ...c, ...patch } : c)));
  }, []);

  const noteCorrection = useCallback((id: string, note: string) => {
    setArticle((a) => ({
      ...a,
      pendingCorrections: a.pendingCorrections.map((c) => (c.id === id ? { ...c, note } : c)),
    }));
  }, []);

  return { sync, claims, article, setArticle, others, refusal, patchClaim, noteCorrection };
}
