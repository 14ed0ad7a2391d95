"use client";
// The article workspace: the editor on the left, the claims panel on the right, the sync
// state and who else is here in the header. Several people edit at once: every change is
// a step the server orders (components/editor/collab). Where claims sit comes from the
// document in the editor; what they are (status, rating) from the server, live.
import { Suspense, lazy, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { EditorContent, useEditor, type Editor } from "@tiptap/react";
import { toast } from "sonner";
import type { ClaimChange, PanelClaim } from "@/components/claims/claims-panel";
import { ClaimsPanelPlaceholder } from "@/components/claims/claims-panel-placeholder";
import { EditorToolbar } from "@/components/editor/editor-toolbar";
import { WorkspaceHeader } from "@/components/editor/workspace-header";
import { NARROW, WorkspaceTabs } from "@/components/editor/workspace-tabs";
import { TextLock } from "@/components/editor/text-lock";
import { ClaimTags, getClaimTags, setClaimTagsTr } from "@/components/editor/claim-tags";
import { newClaimId } from "@/components/editor/new-claim-id";
import {
  DuplicateClaimDialog,
  findClaimOnSameWords,
  type DuplicateMark,
} from "@/components/editor/duplicate-claim-dialog";
import { CollabSteps } from "@/components/editor/collab/collab-extension";
import { sendableSteps } from "prosemirror-collab";
import { PresenceCarets } from "@/components/editor/collab/presence-carets";
import { LeaveGuard } from "@/components/editor/collab/leave-guard";
import { RefusedNotice } from "@/components/editor/collab/refused-notice";
import { useAfterFirstPaint } from "@/components/editor/use-after-first-paint";
import { useArticleSync, type LiveArticle } from "@/components/editor/collab/use-article-sync";
import type { WorkspaceClaim } from "@/components/editor/collab/article-events";
import {
  ClaimBehaviour,
  MARK_CLAIM_SHORTCUT,
  addClaimMarkTr,
  flashClaimTr,
} from "@/components/editor/claim-editor-mark";
import { documentExtensions } from "@/lib/domain/document/extensions";
import {
  ClaimAnchors,
  getActiveClaimId,
  getClaimAnchors,
  getClaimAnchorsRevision,
  setActiveClaimTr,
  setClaimStatusesTr,
  showsClaimStatuses,
  type ClaimAnchor,
} from "@/lib/editor/claim-anchors";
import type { DocJSON } from "@/lib/domain/document/types";
import { listAllowedArticleTargets } from "@/lib/domain/workflow/article-gate";
import type { Role } from "@/lib/domain/permissions";

// The text comes first: the claims panel (with its virtualised list and dialogs) and the
// correction notes are loaded and rendered once the editor has painted. Their placeholder
// stays until their script is in (the switch is a transition).
const ClaimsPanel = lazy(() =>
  import("@/components/claims/claims-panel").then((m) => ({ default: m.ClaimsPanel })),
);
const CorrectionNotes = lazy(() =>
  import("@/components/editor/correction-notes").then((m) => ({ default: m.CorrectionNotes })),
);

export interface WorkspaceArticle extends LiveArticle {
  id: string;
  /** Loaded spiked (read-only); the workspace reloads when that changes. */
  spiked: boolean;
  title: string;
  version: number;
  doc: DocJSON;
  claims: WorkspaceClaim[];
}

export interface WorkspacePermissions {
  actor: { id: string; role: Role };
  canEdit: boolean;
  canMark: boolean;
  canRemove: boolean;
  canReattach: boolean;
  /**
   * Set by the server when nothing in the article may change (it is spiked), with the reason
   * to show; every other permission is then false too.
   */
  readOnlyReason: string | null;
}

export function ArticleWorkspace({
  article,
  permissions,
  initialClaimId,
  notice,
  headerActions,
  tags,
}: {
  article: WorkspaceArticle;
  permissions: WorkspacePermissions;
  initialClaimId?: string;
  /** Shown above the header (the spiked-article banner). */
  notice?: React.ReactNode;
  /** Extra buttons in the header (Spike…). */
  headerActions?: React.ReactNode;
  /** The article's tags in the header (read-only or editable, as the page decides). */
  tags?: React.ReactNode;
}) {
  const router = useRouter();
  const editorRef = useRef<Editor | null>(null);
  const [clientId] = useState(() => newClaimId().replace(/-/g, "").slice(0, 16));
  // The claims in the text: read from the JSON for the first paint, then from the editor's
  // anchors plugin, which reports only when a claim or its quote changed.
  const [docClaims, setDocClaims] = useState<DocClaim[]>(() =>
    article.claims.filter((c) => !c.orphaned).map(({ id, quote }) => ({ id, quote })),
  );
  const [activeId, setActiveId] = useState<string | null>(initialClaimId ?? null);
  // Below lg the text and the claims share the screen as two tabs (a phone, a tablet).
  const [pane, setPane] = useState<"text" | "claims">(initialClaimId ? "claims" : "text");
  const [duplicateMark, setDuplicateMark] = useState<DuplicateMark | null>(null);
  const [removing, setRemoving] = useState<ReadonlySet<string>>(new Set());
  const actions = useRef<{
    mark: () => boolean;
    save: () => boolean;
    goTo: (id: string) => void;
    remove: (id: string) => void;
    reattach: (id: string) => void;
    claimChanged: (detail: ClaimChange) => void;
  }>({
    mark: () => false,
    save: () => false,
    goTo: () => undefined,
    remove: () => undefined,
    reattach: () => undefined,
    claimChanged: () => undefined,
  });

  // Built once: useEditor compares options by identity on every render, and new extension
  // objects would make Tiptap re-apply its options (and re-sync the view) each time.
  const extensions = useMemo(
    () => [
      ...documentExtensions,
      ClaimBehaviour.configure({
        onMarkShortcut: () => actions.current.mark(),
        onSaveShortcut: () => actions.current.save(),
      }),
      ClaimAnchors.configure({
        statuses: new Map(article.claims.map((c) => [c.id, c.status])),
        ratings: readRatings(article.claims),
        activeId: initialClaimId ?? null,
      }),
      ClaimTags,
      CollabSteps.configure({ version: article.version, clientId }),
      PresenceCarets,
      ...(permissions.canEdit ? [] : [TextLock]),
    ],
    // The editor starts from the article as loaded; later changes arrive as steps.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );
  const editorProps = useMemo(
    () => ({
      attributes: {
        class: "article-body mx-auto px-6 py-8",
        "aria-label": "Article text",
        spellcheck: "true",
      },
      handleClick: (_view: unknown, _pos: number, event: MouseEvent) => {
        const target =
          event.target instanceof Element ? event.target.closest("mark.claim[data-claim-id]") : null;
        setActiveId(target?.getAttribute("data-claim-id") ?? null);
        return false;
      },
      handleDOMEvents: {
        // On a narrow screen a tap on a highlight opens its card (the claims tab). A tap may
        // reach ProseMirror's handleClick without mouse events, so the click itself decides.
        click: (_view: unknown, event: MouseEvent) => {
          const target =
            event.target instanceof Element ? event.target.closest("mark.claim[data-claim-id]") : null;
          const id = target?.getAttribute("data-claim-id");
          if (id && window.matchMedia(NARROW).matches) {
            setActiveId(id);
            setPane("claims");
          }
          return false;
        },
      },
    }),
    [],
  );

  const editor = useEditor({
    extensions,
    content: article.doc,
    // A read-only article (spiked) is read, selected and copied, never typed in.
    editable: permissions.readOnlyReason === null,
    immediatelyRender: false,
    editorProps,
    onCreate: ({ editor: e }) => {
      editorRef.current = e;
      if (initialClaimId) window.setTimeout(() => actions.current.goTo(initialClaimId), 50);
    },
  });

  // Everything beside the text waits for the editor's first paint: the side column, and the
  // event stream with its presence (steps typed meanwhile are kept by the editor and sent).
  const painted = useAfterFirstPaint(editor !== null);

  const live = useArticleSync({
    articleId: article.id,
    clientId,
    viewerId: permissions.actor.id,
    editor,
    connect: painted,
    initialClaims: article.claims,
    initialArticle: {
      status: article.status,
      firstClearedAt: article.firstClearedAt,
      correctionCount: article.correctionCount,
      pendingCorrections: article.pendingCorrections,
    },
    spiked: article.spiked,
    onSpikedChange: (nowSpiked) => {
      // The page is loaded again with what the server now allows (it remounts this workspace).
      const unsent = editorRef.current ? (sendableSteps(editorRef.current.state)?.steps.length ?? 0) : 0;
      if (nowSpiked) {
        toast.warning(
          `Someone spiked this article: it is read-only now.${
            unsent > 0
              ? ` Your last ${unsent === 1 ? "change" : `${unsent} changes`} could not be saved.`
              : ""
          }`,
        );
      } else {
        toast.info("This article was restored: it can be changed again.");
      }
      router.refresh();
    },
  });
  const { sync, claims, patchClaim, setArticle } = live;

  actions.current = {
    goTo: (id) => goToClaim(id),
    remove: (id) => void removeClaim(id),
    reattach: (id) => reattachClaim(id),
    claimChanged: (detail) =>
      patchClaim(detail.id, {
        status: detail.status,
        orphaned: detail.orphaned,
        rating: detail.rating?.label ?? null,
        checkedQuote: detail.checkedQuote,
      }),
    save: () => {
      void sync?.flush();
      return true;
    },
    mark: () => {
      if (!editor || !permissions.canMark) return false;
      const { from, to, empty } = editor.state.selection;
      if (empty) {
        toast.info("Select the words of the claim first.");
        return true;
      }
      const duplicate = findClaimOnSameWords(editor.state, from, to);
      if (duplicate) setDuplicateMark(duplicate);
      else markWords(from, to);
      return true;
    },
  };

  const { anchored, orphaned } = useMemo(() => {
    const known = new Map(claims.map((c) => [c.id, c]));
    const inDoc = new Set(docClaims.map((c) => c.id));
    return {
      anchored: docClaims.map<PanelClaim>((c) => ({
        id: c.id,
        quote: c.quote,
        status: known.get(c.id)?.status ?? null,
        rating: known.get(c.id)?.rating ?? null,
        checkedQuote: known.get(c.id)?.checkedQuote ?? null,
        savedQuote: known.get(c.id)?.quote,
      })),
      orphaned: claims
        .filter((c) => !inDoc.has(c.id) && !removing.has(c.id))
        .map<PanelClaim>((c) => ({
          id: c.id,
          quote: c.quote,
          status: c.status,
          rating: c.rating,
          checkedQuote: c.checkedQuote,
          savedQuote: c.quote,
        })),
    };
  }, [docClaims, claims, removing]);

  const unsentBeforeSync = useCallback(
    () => (editorRef.current ? (sendableSteps(editorRef.current.state)?.steps.length ?? 0) : 0),
    [],
  );

  // Stable for the memoised panel: a keystroke must not re-render a thousand cards.
  const selectClaim = useCallback((id: string) => actions.current.goTo(id), []);
  const requestRemoval = useCallback((id: string) => actions.current.remove(id), []);
  const reattach = useCallback((id: string) => actions.current.reattach(id), []);
  const noteClaimChanged = useCallback((detail: ClaimChange) => actions.current.claimChanged(detail), []);

  useEffect(() => {
    if (!editor) return;
    let revision = -1;
    const readClaims = () => {
      const next = getClaimAnchorsRevision(editor.state);
      if (next === revision) return;
      revision = next;
      const anchors = getClaimAnchors(editor.state);
      setDocClaims((shown) => (isSameClaimList(shown, anchors) ? shown : anchors));
    };
    readClaims();
    editor.on("transaction", readClaims);
    return () => {
      editor.off("transaction", readClaims);
    };
  }, [editor]);

  // Each of these sends a transaction only when it changes something: the editor starts with
  // the statuses and the active claim it was built with, and opening must not pay for no-ops.
  const statuses = useMemo(() => new Map(claims.map((c) => [c.id, c.status])), [claims]);
  const ratings = useMemo(() => readRatings(claims), [claims]);
  useEffect(() => {
    if (!editor || editor.isDestroyed || showsClaimStatuses(editor.state, statuses, ratings)) return;
    editor.view.dispatch(setClaimStatusesTr(editor.state, statuses, ratings));
  }, [editor, statuses, ratings]);
  useEffect(() => {
    if (!editor || editor.isDestroyed || getActiveClaimId(editor.state) === activeId) return;
    editor.view.dispatch(setActiveClaimTr(editor.state, activeId));
  }, [editor, activeId]);

  const tagKey = useMemo(
    () => anchored.map((c) => `${c.id}:${c.status === "VERIFIED" ? (c.rating ?? "") : ""}`).join("|"),
    [anchored],
  );
  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    const tags = anchored
      .filter((c) => c.status === "VERIFIED")
      // The rating alone: a check mark or green would read as "true" for any finding
      // ("✓ Unverifiable", "✓ False"); the claim's status is shown by its highlight.
      .map((c) => ({ id: c.id, text: c.rating ?? "Verified" }));
    if (tags.length === 0 && getClaimTags(editor.state).length === 0) return;
    editor.view.dispatch(setClaimTagsTr(editor.state, tags));
    // tagKey captures exactly what the tags depend on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editor, tagKey]);

  /** A claim named outside the panel (the gate's list, a correction): its card, on a phone too. */
  function showClaim(id: string) {
    setPane("claims");
    goToClaim(id);
  }

  function showPane(next: "text" | "claims") {
    setPane(next);
    if (next !== "text" || !activeId) return;
    // Back to the text: where the open claim is.
    window.requestAnimationFrame(() =>
      document
        .querySelector(`.article-body mark[data-claim-id="${CSS.escape(activeId)}"]`)
        ?.scrollIntoView({ block: "center" }),
    );
  }

  function goToClaim(id: string) {
    setActiveId(id);
    if (!editor) return;
    const range = getClaimAnchors(editor.state).find((anchor) => anchor.id === id);
    if (!range) return;
    const reduce = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    document
      .querySelector(`.article-body mark[data-claim-id="${CSS.escape(id)}"]`)
      ?.scrollIntoView({ block: "center", behavior: reduce ? "auto" : "smooth" });
    editor.view.dispatch(flashClaimTr(editor.state, range));
    window.setTimeout(() => {
      if (!editor.isDestroyed) editor.view.dispatch(flashClaimTr(editor.state, null));
    }, 1500);
  }

  const removeClaim = useCallback(
    async (id: string) => {
      setRemoving((set) => new Set(set).add(id));
      setActiveId((active) => (active === id ? null : active));
      try {
        const response = await fetch(`/api/v1/claims/${id}`, { method: "DELETE" });
        if (!response.ok) {
          const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
          throw new Error(body?.error?.message ?? "The claim could not be removed.");
        }
        // Its highlight goes with the server's steps, which arrive live; fetch them now.
        await sync?.pull();
      } catch (error) {
        setRemoving((set) => {
          const next = new Set(set);
          next.delete(id);
          return next;
        });
        toast.error(error instanceof Error ? error.message : "The claim could not be removed.");
      }
    },
    [sync],
  );

  function markWords(from: number, to: number) {
    if (!editor) return;
    const id = newClaimId();
    editor.view.dispatch(addClaimMarkTr(editor.state, from, to, id));
    setActiveId(id);
  }

  function reattachClaim(id: string) {
    if (!editor) return;
    const { from, to, empty } = editor.state.selection;
    if (empty) {
      toast.info("Select the words this claim should point to, then choose Re-attach.");
      return;
    }
    editor.view.dispatch(addClaimMarkTr(editor.state, from, to, id));
    setActiveId(id);
  }

  return (
    <main className="mx-auto flex max-w-[1400px] flex-col gap-0 px-4 py-4">
      <LeaveGuard sync={sync} unsentBeforeSync={unsentBeforeSync} />
      <DuplicateClaimDialog
        pending={duplicateMark}
        onCancel={() => setDuplicateMark(null)}
        onConfirm={({ from, to }) => {
          setDuplicateMark(null);
          markWords(from, to);
        }}
      />
      {live.refusal !== null && <RefusedNotice message={live.refusal} />}
      {notice}
      <WorkspaceHeader
        articleId={article.id}
        actions={headerActions}
        tags={tags}
        title={article.title}
        status={live.article.status}
        gateTargets={
          permissions.readOnlyReason === null
            ? listAllowedArticleTargets({
                status: live.article.status,
                actor: permissions.actor,
                claims: [],
              })
            : []
        }
        claims={claims}
        firstClearedAt={live.article.firstClearedAt}
        correctionCount={live.article.correctionCount}
        sync={sync}
        others={live.others}
        onStatusChanged={(status) =>
          setArticle((a) => ({
            ...a,
            status,
            firstClearedAt:
              status === "CLEARED" ? (a.firstClearedAt ?? new Date().toISOString()) : a.firstClearedAt,
          }))
        }
        onShowClaim={showClaim}
      />
      <WorkspaceTabs
        pane={pane}
        onChange={showPane}
        claimCount={anchored.length + orphaned.length}
        noteNeeded={live.article.pendingCorrections.some((c) => c.note === "")}
      />
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <section
          id="workspace-text"
          aria-label="Editor"
          className={`rounded-lg border border-slate-200 bg-white ${pane === "text" ? "" : "max-lg:hidden"}`}
        >
          {editor && (
            <div className="sticky top-12 z-10 overflow-hidden rounded-t-lg">
              <EditorToolbar
                editor={editor}
                canEdit={permissions.canEdit}
                canMark={permissions.canMark}
                onMarkClaim={() => actions.current.mark()}
                markShortcut={MARK_CLAIM_SHORTCUT}
              />
            </div>
          )}
          {permissions.readOnlyReason !== null ? (
            <p
              data-read-only
              className="border-b border-slate-200 bg-slate-50 px-4 py-2 text-[13px] text-slate-700"
            >
              {permissions.readOnlyReason}
            </p>
          ) : (
            !permissions.canEdit && (
              <p className="border-b border-slate-200 bg-slate-50 px-4 py-2 text-[13px] text-slate-700">
                You can mark claims in this text. Only editors and managers change its wording.
              </p>
            )
          )}
          <EditorContent editor={editor} />
          {!editor && (
            <div className="article-body mx-auto px-6 py-8 text-slate-500">Loading the editor…</div>
          )}
        </section>
        <div
          id="workspace-claims"
          className={`flex flex-col gap-3 lg:sticky lg:top-16 lg:max-h-[calc(100vh-5rem)] lg:self-start lg:overflow-y-auto ${pane === "claims" ? "" : "max-lg:hidden"}`}
        >
          {painted && live.article.pendingCorrections.some((c) => c.note === "") && (
            <Suspense fallback={null}>
              <CorrectionNotes
                corrections={live.article.pendingCorrections}
                viewer={{
                  id: permissions.actor.id,
                  canEdit: permissions.canEdit,
                  readOnlyReason: permissions.readOnlyReason,
                }}
                onShowClaim={showClaim}
                onNoted={live.noteCorrection}
              />
            </Suspense>
          )}
          <Suspense fallback={<ClaimsPanelPlaceholder count={anchored.length + orphaned.length} />}>
            {painted ? (
              <ClaimsPanel
                anchored={anchored}
                orphaned={orphaned}
                activeId={activeId}
                canRemove={permissions.canRemove}
                canReattach={permissions.canReattach}
                onSelect={selectClaim}
                onRemove={requestRemoval}
                onReattach={reattach}
                onClaimChanged={noteClaimChanged}
              />
            ) : (
              <ClaimsPanelPlaceholder count={anchored.length + orphaned.length} />
            )}
          </Suspense>
        </div>
      </div>
    </main>
  );
}

type DocClaim = Pick<ClaimAnchor, "id" | "quote">;

/** Verified claims' ratings: what their highlights' descriptions name. */
function readRatings(claims: readonly Pick<WorkspaceClaim, "id" | "status" | "rating">[]) {
  const ratings = new Map<string, string>();
  for (const c of claims) if (c.status === "VERIFIED" && c.rating) ratings.set(c.id, c.rating);
  return ratings;
}

function isSameClaimList(a: readonly DocClaim[], b: readonly DocClaim[]): boolean {
  return a.length === b.length && a.every((claim, i) => claim.id === b[i]?.id && claim.quote === b[i]?.quote);
}
