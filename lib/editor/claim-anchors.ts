// Where the article's claims are, kept in the editor state as one undrawn decoration per
// claim (the highlight itself is the claim mark's element; see claim-highlights.ts).
// Ordinary typing only maps the decorations through the change; the claims are read
// again from the document only when a step may have changed which text carries a claim
// (see claim-anchor-changes.ts). Consumers re-render when `revision` moves: it changes with
// the list of claims, their order or a quote, never when positions merely shift.
import { Extension } from "@tiptap/core";
import type { MarkType, Node as PMNode } from "@tiptap/pm/model";
import { Plugin, PluginKey, type EditorState, type Transaction } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import type { ClaimStatusName } from "@/lib/domain/claims/claim-status";
import { CLAIM_MARK } from "@/lib/domain/document/claim-mark";
import { analyseClaimChanges } from "./claim-anchor-changes";
import { compareClaimRanges, scanClaimRanges, trimToInline, type ClaimRange } from "./claim-anchor-scan";
import {
  buildClaimDecoration,
  createClaimMarkView,
  markStrayElements,
  readDecoratedRanges,
  readDecorationClaimId,
  restyleClaimElements,
  type ClaimHighlightStatus,
  type ClaimLook,
} from "./claim-highlights";

export type { ClaimHighlightStatus, ClaimLook } from "./claim-highlights";

export interface ClaimAnchor extends ClaimRange {
  /** The claim's text: one "\n" between blocks and for a hard break, as in plain-text.ts. */
  quote: string;
}

export interface ClaimAnchorsState {
  /** One (undrawn) decoration per claim; its range is the claim's range. */
  decorations: DecorationSet;
  /** Further ranges of a claimed id (stray copies), never drawn. */
  strays: DecorationSet;
  quotes: ReadonlyMap<string, string>;
  statuses: ReadonlyMap<string, ClaimStatusName>;
  /** The ratings of verified claims, for what a screen reader says about them. */
  ratings: ReadonlyMap<string, string>;
  activeId: string | null;
  /** Moves when the claim ids, their order or a quote changed. */
  revision: number;
  /** Moves whenever the claims were read again from the document rather than mapped. */
  scan: number;
}

export interface ClaimAnchorsOptions {
  /** The statuses known when the editor starts, so the first paint has the right colours. */
  statuses: ReadonlyMap<string, ClaimStatusName>;
  ratings: ReadonlyMap<string, string>;
  activeId: string | null;
}

type AnchorsMeta =
  | { statuses: ReadonlyMap<string, ClaimStatusName>; ratings: ReadonlyMap<string, string> }
  | { activeId: string | null };

export const claimAnchorsKey = new PluginKey<ClaimAnchorsState>("claimAnchors");

const NO_RATINGS: ReadonlyMap<string, string> = new Map();

export function createClaimAnchorsPlugin(options: Partial<ClaimAnchorsOptions> = {}): Plugin {
  return new Plugin<ClaimAnchorsState>({
    key: claimAnchorsKey,
    state: {
      init: (_config, state) => {
        const empty: ClaimAnchorsState = {
          decorations: DecorationSet.empty,
          strays: DecorationSet.empty,
          quotes: new Map(),
          statuses: options.statuses ?? new Map(),
          ratings: options.ratings ?? NO_RATINGS,
          activeId: options.activeId ?? null,
          revision: 0,
          scan: 0,
        };
        return rescan(state.doc, empty, getClaimType(state.doc));
      },
      apply: (tr, value) => {
        let next = tr.docChanged ? applyDocChange(tr, value) : value;
        const meta = tr.getMeta(claimAnchorsKey) as AnchorsMeta | undefined;
        if (meta && "statuses" in meta) next = { ...next, statuses: meta.statuses, ratings: meta.ratings };
        if (meta && "activeId" in meta && meta.activeId !== next.activeId)
          next = { ...next, activeId: meta.activeId };
        return next;
      },
    },
    props: { markViews: { [CLAIM_MARK]: createClaimMarkView(readViewLook) } },
    view: (editorView) => {
      let hadStrays = markStrayElements(editorView, readState(editorView.state).strays, false);
      return {
        update: (view, prevState) => {
          const before = readState(prevState);
          const after = readState(view.state);
          const changed = listRestyledIds(before, after);
          if (changed.size > 0) restyleClaimElements(view, changed, readViewLook);
          if (hadStrays || after.strays !== before.strays || after.strays.find().length > 0)
            hadStrays = markStrayElements(view, after.strays, hadStrays);
        },
      };
    },
  });
}

function readState(state: EditorState): ClaimAnchorsState {
  const value = claimAnchorsKey.getState(state);
  if (!value) throw new Error("The claim anchors plugin is missing.");
  return value;
}

/** How the claim `id` looks now, from the anchors plugin's state. */
export function readClaimLook(state: EditorState, id: string): ClaimLook {
  const value = readState(state);
  const status = readStatus(value, id);
  return {
    status,
    rating: status === "VERIFIED" ? (value.ratings.get(id) ?? null) : null,
    active: id === value.activeId,
  };
}

function readViewLook(view: { state: EditorState }, id: string): ClaimLook {
  return readClaimLook(view.state, id);
}

/** The claims whose look differs between two states (an empty set when none does). */
function listRestyledIds(before: ClaimAnchorsState, after: ClaimAnchorsState): Set<string> {
  const ids = new Set<string>();
  if (before.activeId !== after.activeId) {
    if (before.activeId) ids.add(before.activeId);
    if (after.activeId) ids.add(after.activeId);
  }
  if (before.statuses !== after.statuses) {
    for (const [id, status] of after.statuses) if (before.statuses.get(id) !== status) ids.add(id);
    for (const id of before.statuses.keys()) if (!after.statuses.has(id)) ids.add(id);
  }
  if (before.ratings !== after.ratings) {
    for (const [id, rating] of after.ratings) if (before.ratings.get(id) !== rating) ids.add(id);
    for (const id of before.ratings.keys()) if (!after.ratings.has(id)) ids.add(id);
  }
  return ids;
}

/** The editor extension carrying the plugin. */
export const ClaimAnchors = Extension.create<ClaimAnchorsOptions>({
  name: "claimAnchors",
  // Tiptap orders plugins by priority (then last-listed first). Plugins that read this
  // state while applying a transaction (the claim tags) must come after it.
  priority: 1000,
  addOptions() {
    return { statuses: new Map(), ratings: NO_RATINGS, activeId: null };
  },
  addProseMirrorPlugins() {
    return [createClaimAnchorsPlugin(this.options)];
  },
});

/** The claims in document order: by start, then longer first. */
export function getClaimAnchors(state: EditorState): ClaimAnchor[] {
  const value = claimAnchorsKey.getState(state);
  return value ? readAnchors(value) : [];
}

export function getClaimAnchorsRevision(state: EditorState): number {
  return claimAnchorsKey.getState(state)?.revision ?? -1;
}

/**
 * Colours every highlight by its claim's status; ids not in `statuses` show as unsaved.
 * `ratings` are verified claims' ratings, which their descriptions name.
 */
export function setClaimStatusesTr(
  state: EditorState,
  statuses: ReadonlyMap<string, ClaimStatusName>,
  ratings: ReadonlyMap<string, string> = NO_RATINGS,
): Transaction {
  const meta: AnchorsMeta = { statuses, ratings };
  return state.tr.setMeta(claimAnchorsKey, meta).setMeta("addToHistory", false);
}

/** Whether the highlights show exactly these statuses and ratings already (nothing to send). */
export function showsClaimStatuses(
  state: EditorState,
  statuses: ReadonlyMap<string, ClaimStatusName>,
  ratings: ReadonlyMap<string, string> = NO_RATINGS,
): boolean {
  const value = claimAnchorsKey.getState(state);
  return !!value && isSameMap(value.statuses, statuses) && isSameMap(value.ratings, ratings);
}

function isSameMap<T>(a: ReadonlyMap<string, T>, b: ReadonlyMap<string, T>): boolean {
  if (a.size !== b.size) return false;
  for (const [key, item] of b) if (a.get(key) !== item) return false;
  return true;
}

export function getActiveClaimId(state: EditorState): string | null {
  return claimAnchorsKey.getState(state)?.activeId ?? null;
}

/** Outlines the highlight of the claim open in the panel (none with null). */
export function setActiveClaimTr(state: EditorState, activeId: string | null): Transaction {
  const meta: AnchorsMeta = { activeId };
  return state.tr.setMeta(claimAnchorsKey, meta).setMeta("addToHistory", false);
}

// Anchors are read from a state value at most once: values are immutable.
const anchorCache = new WeakMap<ClaimAnchorsState, ClaimAnchor[]>();

function readAnchors(value: ClaimAnchorsState): ClaimAnchor[] {
  let anchors = anchorCache.get(value);
  if (!anchors) {
    anchors = readDecoratedRanges(value.decorations)
      .sort(compareClaimRanges)
      .map((range) => ({ ...range, quote: value.quotes.get(range.id) ?? "" }));
    anchorCache.set(value, anchors);
  }
  return anchors;
}

function applyDocChange(tr: Transaction, value: ClaimAnchorsState): ClaimAnchorsState {
  const claimType = getClaimType(tr.doc);
  const analysis = analyseClaimChanges(tr, value.decorations, value.strays, claimType);
  if (analysis.kind === "rescan") return rescan(tr.doc, value, claimType);

  // Only the claims next to the change can have a new quote or a stretched edge.
  const seen = new Set<string>();
  const stale: Decoration[] = [];
  const fresh: Decoration[] = [];
  let quotes = value.quotes;
  for (const touched of analysis.touched) {
    for (const decoration of analysis.decorations.find(touched.from, touched.to)) {
      const id = readDecorationClaimId(decoration);
      if (seen.has(id)) continue;
      seen.add(id);
      const range = trimToInline(tr.doc, decoration.from, decoration.to);
      if (!range) return rescan(tr.doc, value, claimType);
      if (range.from !== decoration.from || range.to !== decoration.to) {
        stale.push(decoration);
        fresh.push(buildClaimDecoration({ id, ...range }));
      }
      const quote = readQuote(tr.doc, range);
      if (quotes.get(id) === quote) continue;
      if (quotes === value.quotes) quotes = new Map(quotes);
      (quotes as Map<string, string>).set(id, quote);
    }
  }
  return {
    ...value,
    decorations: stale.length ? analysis.decorations.remove(stale).add(tr.doc, fresh) : analysis.decorations,
    strays: analysis.strays,
    quotes,
    revision: quotes === value.quotes ? value.revision : value.revision + 1,
  };
}

function rescan(doc: PMNode, value: ClaimAnchorsState, claimType: MarkType): ClaimAnchorsState {
  const { claims, strays } = scanClaimRanges(doc, claimType);
  const anchors = claims.map((range) => ({ ...range, quote: readQuote(doc, range) }));
  const next: ClaimAnchorsState = {
    ...value,
    decorations: DecorationSet.create(
      doc,
      claims.map((range) => buildClaimDecoration(range)),
    ),
    strays: DecorationSet.create(
      doc,
      strays.map((range) => Decoration.inline(range.from, range.to, {}, { claimId: range.id })),
    ),
    quotes: new Map(anchors.map((anchor) => [anchor.id, anchor.quote])),
    revision: isSameList(readAnchors(value), anchors) ? value.revision : value.revision + 1,
    scan: value.scan + 1,
  };
  anchorCache.set(next, anchors);
  return next;
}

function readStatus(value: ClaimAnchorsState, id: string): ClaimHighlightStatus {
  return value.statuses.get(id) ?? "UNSAVED";
}

function readQuote(doc: PMNode, range: { from: number; to: number }): string {
  return doc.textBetween(range.from, range.to, "\n", "\n");
}

function isSameList(a: readonly ClaimAnchor[], b: readonly ClaimAnchor[]): boolean {
  return (
    a.length === b.length && a.every((anchor, i) => anchor.id === b[i]?.id && anchor.quote === b[i]?.quote)
  );
}

function getClaimType(doc: PMNode): MarkType {
  const type = doc.type.schema.marks[CLAIM_MARK];
  if (!type) throw new Error("The claim mark is not in the schema.");
  return type;
}
