"use client";
// The claims found in the text, in document order. A long list (a 20,000-word article can
// hold a thousand claims) is virtualised: only the cards near the visible part of the
// panel exist in the page. A short one renders plainly, every card in the page.
import { useEffect, useLayoutEffect, useRef, useState } from "react";
import { useVirtualizer } from "@tanstack/react-virtual";
import { ClaimCard, type ClaimChange, type PanelClaim } from "@/components/claims/claim-card";

/** Past this many cards the list is virtualised. */
export const VIRTUALISE_ABOVE = 60;

const LIST_LABEL = "Claims in document order";

export interface AnchoredClaimListProps {
  claims: PanelClaim[];
  activeId: string | null;
  canRemove: boolean;
  /** The panel's scrolling element: the virtualiser follows its scroll position. */
  scrollElement: HTMLElement | null;
  onSelect: (id: string) => void;
  onRequestRemove: (id: string) => void;
  onReattach: (id: string) => void;
  onClaimChanged?: (detail: ClaimChange) => void;
}

export function AnchoredClaimList(props: AnchoredClaimListProps) {
  return props.claims.length > VIRTUALISE_ABOVE ? <VirtualList {...props} /> : <PlainList {...props} />;
}

function PlainList({
  claims,
  activeId,
  canRemove,
  scrollElement: _scrollElement,
  ...callbacks
}: AnchoredClaimListProps) {
  const listRef = useRef<HTMLOListElement>(null);
  useEffect(() => {
    if (!activeId) return;
    const card = listRef.current?.querySelector(`[data-claim-card="${CSS.escape(activeId)}"]`);
    card?.scrollIntoView({ block: "nearest" });
  }, [activeId]);
  return (
    <ol ref={listRef} className="flex flex-col gap-2" aria-label={LIST_LABEL}>
      {claims.map((claim) => (
        <li key={claim.id}>
          <Card claim={claim} activeId={activeId} canRemove={canRemove} {...callbacks} />
        </li>
      ))}
    </ol>
  );
}

function VirtualList({ claims, activeId, canRemove, scrollElement, ...callbacks }: AnchoredClaimListProps) {
  const listRef = useRef<HTMLOListElement>(null);
  // Where the list starts inside the scrolling panel (below the heading and legend).
  const [scrollMargin, setScrollMargin] = useState(0);
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list || !scrollElement) return;
    const top = () => list.getBoundingClientRect().top - scrollElement.getBoundingClientRect().top;
    const measure = () => setScrollMargin(Math.round(top() + scrollElement.scrollTop));
    measure();
    // The legend above the list wraps differently when the panel changes width.
    const observer = new ResizeObserver(measure);
    observer.observe(scrollElement);
    return () => observer.disconnect();
  }, [scrollElement]);
  const virtualizer = useVirtualizer({
    count: claims.length,
    getScrollElement: () => scrollElement,
    estimateSize: () => 96,
    gap: 8,
    overscan: 8,
    scrollMargin,
    getItemKey: (index) => claims[index]?.id ?? index,
    // React 19 warns about flushSync during a render; a frame's delay is invisible here.
    useFlushSync: false,
  });

  // Bring the active claim's card into view: scrolled to by index, it may not exist yet.
  const claimsRef = useRef(claims);
  useEffect(() => {
    claimsRef.current = claims;
  });
  useEffect(() => {
    if (!activeId) return;
    const index = claimsRef.current.findIndex((claim) => claim.id === activeId);
    if (index >= 0) virtualizer.scrollToIndex(index, { align: "auto" });
  }, [activeId, virtualizer]);

  return (
    <ol
      ref={listRef}
      aria-label={LIST_LABEL}
      // shrink-0: inside the panel's flex column its children are absolute, so it would
      // otherwise collapse to nothing.
      className="relative shrink-0"
      style={{ height: virtualizer.getTotalSize() }}
    >
      {virtualizer.getVirtualItems().map((item) => {
        const claim = claims[item.index];
        if (!claim) return null;
        return (
          <li
            key={item.key}
            data-index={item.index}
            ref={virtualizer.measureElement}
            // Screen readers still hear "claim 412 of 1,000" although most cards are absent.
            aria-setsize={claims.length}
            aria-posinset={item.index + 1}
            className="absolute top-0 left-0 w-full"
            style={{ transform: `translateY(${item.start - scrollMargin}px)` }}
          >
            <Card claim={claim} activeId={activeId} canRemove={canRemove} {...callbacks} />
          </li>
        );
      })}
    </ol>
  );
}

function Card({
  claim,
  activeId,
  canRemove,
  onSelect,
  onRequestRemove,
  onReattach,
  onClaimChanged,
}: Omit<AnchoredClaimListProps, "claims" | "scrollElement"> & { claim: PanelClaim }) {
  return (
    <ClaimCard
      claim={claim}
      orphaned={false}
      active={claim.id === activeId}
      // Removing is for saved claims; an unsaved one disappears by undoing the mark.
      removable={canRemove && claim.status !== null}
      reattachable={false}
      onSelect={onSelect}
      onRequestRemove={onRequestRemove}
      onReattach={onReattach}
      onClaimChanged={onClaimChanged}
    />
  );
}
