"use client";
// The top bar's search: a combobox (WAI-ARIA pattern, the list in a Radix Popover) over
// GET /api/v1/search. Requests are debounced and a superseded one is aborted; arrows move
// through the hits, Enter opens one (or the full results page when none is chosen), Escape
// closes. "/" or Ctrl+K focuses it. Below 1024 px it is an icon button that opens it full-width.
import { useCallback, useEffect, useId, useMemo, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { Popover } from "radix-ui";
import { Loader2, Search, X } from "lucide-react";
import { Button } from "@/components/ui/button";
import { HighlightedText } from "@/components/search/highlighted-text";
import {
  searchPageHref,
  toOptionGroups,
  type OptionGroup,
  type SearchResults,
} from "@/components/search/search-options";
import { nextActiveIndex, useDebouncedQuery } from "@/components/ui/combobox";
import { cn } from "@/lib/utils";

const HITS_PER_GROUP = 5;
const MAX_QUERY = 200;

async function loadResults(query: string, signal: AbortSignal): Promise<SearchResults> {
  const params = new URLSearchParams({ q: query.slice(0, MAX_QUERY), limit: String(HITS_PER_GROUP) });
  const response = await fetch(`/api/v1/search?${params.toString()}`, { signal, cache: "no-store" });
  const body = (await response.json()) as SearchResults & {
    error?: { message?: string; issues?: { message: string }[] };
  };
  if (!response.ok) {
    throw new Error(body.error?.issues?.[0]?.message ?? body.error?.message ?? "Search failed. Try again.");
  }
  return body;
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

export function SearchBox() {
  const router = useRouter();
  const listId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [phoneOpen, setPhoneOpen] = useState(false);
  const state = useDebouncedQuery(query, loadResults, { onResults: () => setActive(-1) });

  const trimmed = query.trim();
  const results = state.kind === "done" || state.kind === "loading" ? state.results : null;
  const groups: OptionGroup[] = useMemo(() => (results ? toOptionGroups(results) : []), [results]);
  // Every hit, then "all results": the order the arrow keys follow.
  const options = useMemo(() => {
    const hits = groups.flatMap((g) => g.options);
    return trimmed ? [...hits, { id: "all", href: searchPageHref(trimmed) }] : hits;
  }, [groups, trimmed]);

  const focusSearch = useCallback(() => {
    setPhoneOpen(true);
    // After the phone layout has shown the field.
    requestAnimationFrame(() => inputRef.current?.focus());
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const ctrlK = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "k";
      const slash = event.key === "/" && !event.ctrlKey && !event.metaKey && !isTyping(event.target);
      if (!ctrlK && !slash) return;
      event.preventDefault();
      focusSearch();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [focusSearch]);

  const go = (href: string) => {
    setOpen(false);
    setPhoneOpen(false);
    router.push(href);
  };

  const close = () => {
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!open) setOpen(true);
      const key = event.key;
      setActive((i) => nextActiveIndex(i, key, options.length));
      return;
    }
    if (event.key === "Enter") {
      event.preventDefault();
      const chosen = open && active >= 0 ? options[active] : undefined;
      if (chosen) go(chosen.href);
      else if (trimmed) go(searchPageHref(trimmed));
      return;
    }
    if (event.key === "Escape") {
      event.preventDefault();
      if (open && trimmed) close();
      else {
        setPhoneOpen(false);
        inputRef.current?.blur();
      }
    }
  };

  const activeId = active >= 0 && active < options.length ? `${listId}-${options[active]?.id}` : undefined;
  const showList = open && trimmed.length > 0;
  let index = 0;

  return (
    <div className="min-w-0 lg:max-w-md lg:flex-1">
      <Button
        variant="ghost"
        size="icon"
        className="lg:hidden"
        aria-label="Search"
        aria-expanded={phoneOpen}
        onClick={focusSearch}
      >
        <Search aria-hidden="true" />
      </Button>
      <Popover.Root open={showList} onOpenChange={(next) => !next && close()}>
        <Popover.Anchor asChild>
          <div
            role="search"
            className={cn(
              "items-center gap-2 lg:flex",
              phoneOpen
                ? "fixed inset-x-0 top-0 z-40 flex h-12 border-b border-slate-200 bg-white px-2"
                : "hidden",
            )}
          >
            <div className="relative flex-1">
              <Search
                className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-slate-500"
                aria-hidden="true"
              />
              <input
                ref={inputRef}
                type="search"
                role="combobox"
                aria-label="Search articles, claims, sources and comments"
                aria-expanded={showList}
                aria-controls={listId}
                aria-autocomplete="list"
                aria-activedescendant={showList ? activeId : undefined}
                aria-keyshortcuts="/ Control+K"
                placeholder="Search…  /"
                maxLength={MAX_QUERY}
                autoComplete="off"
                spellCheck={false}
                value={query}
                onChange={(event) => {
                  setQuery(event.target.value);
                  setOpen(true);
                  setActive(-1);
                }}
                onFocus={() => setOpen(true)}
                onKeyDown={onKeyDown}
                className="h-8 w-full rounded-md border border-slate-300 bg-white pr-8 pl-8 text-sm text-slate-900 placeholder:text-slate-500 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-blue-700 [&::-webkit-search-cancel-button]:hidden"
              />
              {state.kind === "loading" && (
                <Loader2
                  className="absolute top-1/2 right-2.5 size-4 -translate-y-1/2 animate-spin text-slate-500"
                  aria-hidden="true"
                />
              )}
            </div>
            {phoneOpen && (
              <Button
                variant="ghost"
                size="icon"
                className="lg:hidden"
                aria-label="Close search"
                onClick={() => {
                  close();
                  setPhoneOpen(false);
                }}
              >
                <X aria-hidden="true" />
              </Button>
            )}
          </div>
        </Popover.Anchor>
        <Popover.Portal>
          <Popover.Content
            align="start"
            sideOffset={6}
            onOpenAutoFocus={(event) => event.preventDefault()}
            onCloseAutoFocus={(event) => event.preventDefault()}
            onInteractOutside={(event) => {
              if (event.target instanceof Node && inputRef.current?.parentElement?.contains(event.target)) {
                event.preventDefault();
              }
            }}
            className="z-50 max-h-[min(70vh,560px)] w-[min(calc(100vw_-_1rem),36rem)] overflow-y-auto rounded-lg border border-slate-200 bg-white p-1 text-sm shadow-lg"
          >
            {state.kind === "error" && (
              <p role="status" className="px-3 py-2 text-red-800">
                {state.message}
              </p>
            )}
            {state.kind === "done" && groups.length === 0 && (
              <p role="status" className="px-3 py-2 text-slate-600">
                Nothing matches “{trimmed}”.
              </p>
            )}
            <div id={listId} role="listbox" aria-label="Search results">
              {groups.map((group) => (
                <div key={group.key} role="group" aria-labelledby={`${listId}-${group.key}`}>
                  <div
                    id={`${listId}-${group.key}`}
                    role="presentation"
                    className="px-3 pt-2 pb-1 text-xs font-semibold tracking-wide text-slate-600 uppercase"
                  >
                    {group.label} <span className="font-normal">({group.totalLabel})</span>
                  </div>
                  {group.options.map((option) => {
                    const i = index++;
                    return (
                      <div
                        key={option.id}
                        id={`${listId}-${option.id}`}
                        role="option"
                        aria-selected={i === active}
                        onMouseDown={(event) => event.preventDefault()}
                        onMouseMove={() => setActive(i)}
                        onClick={() => go(option.href)}
                        className={cn(
                          "cursor-pointer rounded-md px-3 py-1.5",
                          i === active ? "bg-blue-50 outline-1 outline-blue-300" : "hover:bg-slate-50",
                        )}
                      >
                        <div className="line-clamp-2 text-slate-900">
                          <HighlightedText segments={option.primary} />
                        </div>
                        <div className="line-clamp-1 text-xs text-slate-600">
                          <HighlightedText segments={option.secondary} />
                        </div>
                      </div>
                    );
                  })}
                </div>
              ))}
              {trimmed && (
                <div
                  id={`${listId}-all`}
                  role="option"
                  aria-selected={active === options.length - 1}
                  onMouseDown={(event) => event.preventDefault()}
                  onMouseMove={() => setActive(options.length - 1)}
                  onClick={() => go(searchPageHref(trimmed))}
                  className={cn(
                    "mt-1 cursor-pointer rounded-md border-t border-slate-100 px-3 py-2 text-blue-800",
                    active === options.length - 1
                      ? "bg-blue-50 outline-1 outline-blue-300"
                      : "hover:bg-slate-50",
                  )}
                >
                  See all results for “{trimmed}”
                </div>
              )}
            </div>
          </Popover.Content>
        </Popover.Portal>
      </Popover.Root>
    </div>
  );
}
