// Where the article's claims are, kept in the editor state as one highlight decoration per
// claim. Ordinary typing only maps the decorations through the change; the claims are read
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
  readDecoratedRanges,
  readDecorationClaimId,
  type ClaimHighlightStatus,
} from "./claim-highlights";

export type { ClaimHighlightStatus } from "./claim-highlights";

export interface ClaimAnchor extends ClaimRange {
  /** The claim's text: one "\n" between blocks and for a hard break, as in plain-text.ts. */
  quote: string;
}

export interface ClaimAnchorsState {
  /** One highlight per claim; its range is the claim's range. */
  decorations: DecorationSet;
  /** Further ranges of a claimed id (stray copies), never drawn. */
  strays: DecorationSet;
  quotes: ReadonlyMap<string, string>;
  statuses: ReadonlyMap<string, ClaimStatusName>;
  activeId: string | null;
  /** Moves when the claim ids, their order or a quote changed. */
  revision: number;
  /** Moves whenever the claims were read again from the document rather than mapped. */
  scan: number;
}

export interface ClaimAnchorsOptions {
  /** The statuses known when the editor starts, so the first paint has the right colours. */
  statuses: ReadonlyMap<string, ClaimStatusName>;
  activeId: string | null;
}

type AnchorsMeta = { statuses: ReadonlyMap<string, ClaimStatusName> } | { activeId: string | null };

export const claimAnchorsKey = new PluginKey<ClaimAnchorsState>("claimAnchors");

/** Above this many recoloured claims, building the set afresh beats removing and adding. */
const BULK_RECOLOUR = 32;

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
          activeId: options.activeId ?? null,
          revision: 0,
          scan: 0,
        };
        return rescan(state.doc, empty, getClaimType(state.doc));
      },
      apply: (tr, value) => {
        let next = tr.docChanged ? applyDocChange(tr, value) : value;
        const meta = tr.getMeta(claimAnchorsKey) as AnchorsMeta | undefined;
        if (meta && "statuses" in meta) next = applyStatuses(next, meta.statuses, tr.doc);
        if (meta && "activeId" in meta) next = applyActive(next, meta.activeId, tr.doc);
        return next;
      },
    },
    props: { decorations: (state) => claimAnchorsKey.getState(state)?.decorations },
  });
}

/** The editor extension carrying the plugin. */
export const ClaimAnchors = Extension.create<ClaimAnchorsOptions>({
  name: "claimAnchors",
  // Tiptap orders plugins by priority (then last-listed first). Plugins that read this
  // state while applying a transaction (the claim tags) must come after it.
  priority: 1000,
  addOptions() {
    return { statuses: new Map(), activeId: null };
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

/** Colours every highlight by its claim's status; ids not in `statuses` show as unsaved. */
export function setClaimStatusesTr(
  state: EditorState,
  statuses: ReadonlyMap<string, ClaimStatusName>,
): Transaction {
  const meta: AnchorsMeta = { statuses };
  return state.tr.setMeta(claimAnchorsKey, meta).setMeta("addToHistory", false);
}

/** Whether the highlights are coloured by exactly these statuses already (nothing to send). */
export function showsClaimStatuses(
  state: EditorState,
  statuses: ReadonlyMap<string, ClaimStatusName>,
): boolean {
  const shown = claimAnchorsKey.getState(state)?.statuses;
  if (!shown || shown.size !== statuses.size) return false;
  for (const [id, status] of statuses) if (shown.get(id) !== status) return false;
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
        fresh.push(buildClaimDecoration({ id, ...range }, readStatus(value, id), id === value.activeId));
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
      claims.map((range) =>
        buildClaimDecoration(range, readStatus(value, range.id), range.id === value.activeId),
      ),
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

function applyStatuses(
  value: ClaimAnchorsState,
  statuses: ReadonlyMap<string, ClaimStatusName>,
  doc: PMNode,
): ClaimAnchorsState {
  const next = { ...value, statuses };
  const stale: Decoration[] = [];
  const fresh: Decoration[] = [];
  for (const decoration of value.decorations.find()) {
    const id = readDecorationClaimId(decoration);
    const status = readStatus(next, id);
    if (status === readStatus(value, id)) continue;
    stale.push(decoration);
    fresh.push(
      buildClaimDecoration({ id, from: decoration.from, to: decoration.to }, status, id === value.activeId),
    );
  }
  if (stale.length === 0) return next;
  if (stale.length > BULK_RECOLOUR) {
    const all = readDecoratedRanges(value.decorations).map((range) =>
      buildClaimDecoration(range, readStatus(next, range.id), range.id === value.activeId),
    );
    return { ...next, decorations: DecorationSet.create(doc, all) };
  }
  return { ...next, decorations: value.decorations.remove(stale).add(doc, fresh) };
}

function applyActive(value: ClaimAnchorsState, activeId: string | null, doc: PMNode): ClaimAnchorsState {
  if (activeId === value.activeId) return value;
  const affected = new Set([value.activeId, activeId]);
  const stale = value.decorations.find(undefined, undefined, (spec: { claimId: string }) =>
    affected.has(spec.claimId),
  );
  const fresh = stale.map((decoration) => {
    const id = readDecorationClaimId(decoration);
    return buildClaimDecoration(
      { id, from: decoration.from, to: decoration.to },
      readStatus(value, id),
      id === activeId,
    );
  });
  return { ...value, activeId, decorations: value.decorations.remove(stale).add(doc, fresh) };
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
