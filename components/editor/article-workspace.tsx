"use client";
// The article workspace: the editor on the left, the claims panel on the right, the
// save state in the header. Where claims sit comes from the document in the editor;
// what they are (status) comes from the server.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { EditorContent, useEditor, type Editor } from "@tiptap/react";
import { toast } from "sonner";
import { ClaimsPanel, type PanelClaim } from "@/components/claims/claims-panel";
import { ConflictNotice, KeptDraft } from "@/components/editor/conflict-notice";
import { CorrectionNotice } from "@/components/editor/correction-notice";
import { EditorToolbar } from "@/components/editor/editor-toolbar";
import { WorkspaceHeader } from "@/components/editor/workspace-header";
import { TextLock } from "@/components/editor/text-lock";
import { ClaimTags, setClaimTagsTr } from "@/components/editor/claim-tags";
import { buildClaimHighlightCss } from "@/components/editor/claim-highlight-styles";
import { newClaimId } from "@/components/editor/new-claim-id";
import { useDocumentSave, type SavedClaim } from "@/components/editor/use-document-save";
import {
  ClaimBehaviour,
  MARK_CLAIM_SHORTCUT,
  addClaimMarkTr,
  findClaimRange,
  flashClaimTr,
  removeClaimMarkTr,
} from "@/components/editor/claim-editor-mark";
import { documentExtensions } from "@/lib/domain/document/extensions";
import { extractClaims, type ExtractedClaim } from "@/lib/domain/document/extract-claims";
import type { DocJSON } from "@/lib/domain/document/types";
import type { ArticleStatusName } from "@/lib/domain/claims/claim-status";
import { listAllowedArticleTargets, type ArticleStatus } from "@/lib/domain/workflow/article-gate";
import type { Role } from "@/lib/domain/permissions";

export interface WorkspaceArticle {
  id: string;
  title: string;
  status: ArticleStatusName;
  version: number;
  doc: DocJSON;
  claims: SavedClaim[];
  firstClearedAt: string | null;
  correctionCount: number;
}

export interface WorkspacePermissions {
  actor: { id: string; role: Role };
  canEdit: boolean;
  canMark: boolean;
  canRemove: boolean;
  canReattach: boolean;
}

export function ArticleWorkspace({
  article,
  permissions,
  initialClaimId,
}: {
  article: WorkspaceArticle;
  permissions: WorkspacePermissions;
  initialClaimId?: string;
}) {
  const editorRef = useRef<Editor | null>(null);
  const [articleStatus, setArticleStatus] = useState<ArticleStatus>(article.status);
  const [firstClearedAt, setFirstClearedAt] = useState(article.firstClearedAt);
  const [correctionCount, setCorrectionCount] = useState(article.correctionCount);
  const getDoc = useCallback(() => (editorRef.current?.getJSON() ?? article.doc) as DocJSON, [article.doc]);
  const save = useDocumentSave({
    articleId: article.id,
    initialVersion: article.version,
    initialClaims: article.claims,
    getDoc,
    onArticleStatus: setArticleStatus,
    onCorrectionCount: setCorrectionCount,
  });
  const [docClaims, setDocClaims] = useState<ExtractedClaim[]>(() => extractClaims(article.doc).claims);
  const [activeId, setActiveId] = useState<string | null>(initialClaimId ?? null);
  const [keptDraft, setKeptDraft] = useState<string | null>(null);
  const actions = useRef<{
    mark: () => boolean;
    save: () => boolean;
    change: () => void;
    goTo: (id: string) => void;
  }>({
    mark: () => false,
    save: () => false,
    change: () => undefined,
    goTo: () => undefined,
  });

  const editor = useEditor({
    extensions: [
      ...documentExtensions,
      ClaimBehaviour.configure({
        onMarkShortcut: () => actions.current.mark(),
        onSaveShortcut: () => actions.current.save(),
      }),
      ClaimTags,
      ...(permissions.canEdit ? [] : [TextLock]),
    ],
    content: article.doc,
    immediatelyRender: false,
    editorProps: {
      attributes: {
        class: "article-body mx-auto px-6 py-8",
        "aria-label": "Article text",
        spellcheck: "true",
      },
      handleClick: (_view, _pos, event) => {
        const target =
          event.target instanceof Element ? event.target.closest("mark.claim[data-claim-id]") : null;
        setActiveId(target?.getAttribute("data-claim-id") ?? null);
        return false;
      },
    },
    onCreate: ({ editor: e }) => {
      editorRef.current = e;
      if (initialClaimId) window.setTimeout(() => actions.current.goTo(initialClaimId), 50);
    },
    onUpdate: ({ editor: e }) => {
      setDocClaims(extractClaims(e.getJSON() as DocJSON).claims);
      actions.current.change();
    },
  });

  actions.current = {
    goTo: (id) => goToClaim(id),
    change: save.noteChange,
    save: () => {
      void save.saveNow();
      return true;
    },
    mark: () => {
      if (!editor || !permissions.canMark) return false;
      const { from, to, empty } = editor.state.selection;
      if (empty) {
        toast.info("Select the words of the claim first.");
        return true;
      }
      const id = newClaimId();
      editor.view.dispatch(addClaimMarkTr(editor.state, from, to, id));
      setActiveId(id);
      return true;
    },
  };

  const { anchored, orphaned } = useMemo(() => {
    const saved = new Map(save.claims.map((c) => [c.id, c]));
    const inDoc = new Set(docClaims.map((c) => c.id));
    return {
      anchored: docClaims.map<PanelClaim>((c) => ({
        id: c.id,
        quote: c.quote,
        status: saved.get(c.id)?.status ?? null,
        rating: saved.get(c.id)?.rating ?? null,
      })),
      orphaned: save.claims
        .filter((c) => !inDoc.has(c.id) && !save.pendingRemovals.has(c.id))
        .map<PanelClaim>((c) => ({ id: c.id, quote: c.quote, status: c.status, rating: c.rating })),
    };
  }, [docClaims, save.claims, save.pendingRemovals]);

  const tagKey = anchored.map((c) => `${c.id}:${c.status === "VERIFIED" ? (c.rating ?? "") : ""}`).join("|");
  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    const tags = anchored
      .filter((c) => c.status === "VERIFIED")
      .map((c) => ({ id: c.id, text: `✓ ${c.rating ?? "Verified"}` }));
    editor.view.dispatch(setClaimTagsTr(editor.state, tags));
    // tagKey captures exactly what the tags depend on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editor, tagKey]);

  const highlightCss = useMemo(
    () =>
      buildClaimHighlightCss(
        anchored.map((c) => ({ id: c.id, status: c.status ?? "UNSAVED" })),
        activeId,
      ),
    [anchored, activeId],
  );

  function goToClaim(id: string) {
    setActiveId(id);
    if (!editor) return;
    const range = findClaimRange(editor.state.doc, id);
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

  function removeClaim(id: string) {
    if (!editor) return;
    if (findClaimRange(editor.state.doc, id)) editor.view.dispatch(removeClaimMarkTr(editor.state, id));
    save.requestRemoval(id);
    if (activeId === id) setActiveId(null);
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

  async function loadLatest() {
    if (!editor) return;
    const mine = editor.getText({ blockSeparator: "\n\n" });
    try {
      const response = await fetch(`/api/v1/articles/${article.id}`);
      if (!response.ok) throw new Error(String(response.status));
      const latest = (await response.json()) as WorkspaceArticle;
      setKeptDraft(mine);
      editor.commands.setContent(latest.doc, { emitUpdate: false });
      setDocClaims(extractClaims(latest.doc).claims);
      save.resetTo({ version: latest.version, claims: latest.claims });
      toast.success(`Loaded version ${latest.version}. Your text is kept above the editor.`);
    } catch {
      toast.error("Could not load the latest version. Your text is still here; try again.");
    }
  }

  return (
    <main className="mx-auto flex max-w-[1400px] flex-col gap-0 px-4 py-4">
      <style>{highlightCss}</style>
      <WorkspaceHeader
        articleId={article.id}
        title={article.title}
        status={articleStatus}
        gateTargets={listAllowedArticleTargets({
          status: articleStatus,
          actor: permissions.actor,
          claims: [],
        })}
        claims={save.claims}
        firstClearedAt={firstClearedAt}
        correctionCount={correctionCount}
        saveState={save.state}
        version={save.version}
        onStatusChanged={(status) => {
          setArticleStatus(status);
          if (status === "CLEARED") setFirstClearedAt((at) => at ?? new Date().toISOString());
        }}
        onShowClaim={goToClaim}
      />
      {save.state.kind === "failed" && (
        <p
          role="alert"
          className="mb-3 rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900"
        >
          {save.state.message}{" "}
          <button type="button" className="font-medium underline" onClick={() => void save.saveNow()}>
            Try again
          </button>
        </p>
      )}
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <section aria-label="Editor" className="rounded-lg border border-slate-200 bg-white">
          {save.state.kind === "conflict" && (
            <ConflictNotice
              currentVersion={save.state.currentVersion}
              onLoadLatest={() => void loadLatest()}
              getMyText={() => editor?.getText({ blockSeparator: "\n\n" }) ?? ""}
            />
          )}
          {save.correction && (
            <CorrectionNotice
              request={save.correction}
              saving={save.state.kind === "saving"}
              onSubmit={(note) => void save.saveNow(note)}
            />
          )}
          {keptDraft !== null && <KeptDraft text={keptDraft} onDismiss={() => setKeptDraft(null)} />}
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
          {!permissions.canEdit && (
            <p className="border-b border-slate-200 bg-slate-50 px-4 py-2 text-[13px] text-slate-700">
              You can mark claims in this text. Only editors and managers change its wording.
            </p>
          )}
          <EditorContent editor={editor} />
          {!editor && (
            <div className="article-body mx-auto px-6 py-8 text-slate-500">Loading the editor…</div>
          )}
        </section>
        <div className="lg:sticky lg:top-16 lg:max-h-[calc(100vh-5rem)] lg:self-start lg:overflow-y-auto">
          <ClaimsPanel
            anchored={anchored}
            orphaned={orphaned}
            activeId={activeId}
            canRemove={permissions.canRemove}
            canReattach={permissions.canReattach}
            onSelect={goToClaim}
            onRemove={removeClaim}
            onReattach={reattachClaim}
            onClaimChanged={(detail) =>
              save.patchClaim(detail.id, {
                status: detail.status,
                orphaned: detail.orphaned,
                rating: detail.rating?.label ?? null,
              })
            }
          />
        </div>
      </div>
    </main>
  );
}
