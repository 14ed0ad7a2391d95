"use client";
// The audit explorer's Article filter: a combobox that asks the server for titles as you
// type (GET /api/v1/articles?q=, live and spiked articles both, since the trail keeps both),
// so any of thousands of articles can be chosen. Arrows move, Enter chooses, Escape closes
// and puts the chosen title back; with an article id in the URL it shows that article's title.
import { useEffect, useId, useRef, useState } from "react";
import { Popover } from "radix-ui";
import { Loader2, X } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Label, fieldClass } from "@/components/ui/input";
import { nextActiveIndex, useDebouncedQuery } from "@/components/ui/combobox";
import { auditApi } from "@/components/audit/api";
import { cn } from "@/lib/utils";

type ArticleOption = { id: string; title: string };

/**
 * The chosen article's title (null while unknown) and a way to say it at once when it was
 * picked from the list; an id from the URL is looked up.
 */
function useChosenTitle(articleId: string) {
  const [known, setKnown] = useState<ArticleOption | null>(null);
  useEffect(() => {
    if (!articleId) return;
    let current = true;
    auditApi.article(articleId).then(
      (article) => current && setKnown({ id: articleId, title: article.title }),
      // An id nobody can resolve still filters; it is shown as it is.
      () => current && setKnown({ id: articleId, title: articleId }),
    );
    return () => {
      current = false;
    };
  }, [articleId]);
  return { title: known?.id === articleId ? known.title : null, remember: setKnown };
}

export function ArticlePicker({ value, onChange }: { value: string; onChange: (articleId: string) => void }) {
  const id = useId();
  const listId = `${id}-list`;
  const inputRef = useRef<HTMLInputElement>(null);
  const chosen = useChosenTitle(value);
  const chosenTitle = chosen.title;
  // What the person typed since choosing; null shows the chosen article's title.
  const [typed, setTyped] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const state = useDebouncedQuery(typed ?? "", auditApi.findArticles, { onResults: () => setActive(-1) });
  const options: ArticleOption[] =
    state.kind === "done" || state.kind === "loading" ? (state.results ?? []) : [];
  const showList = open && typed !== null && typed.trim() !== "";

  const choose = (option: ArticleOption | null) => {
    if (option) chosen.remember(option);
    setTyped(null);
    setOpen(false);
    setActive(-1);
    onChange(option?.id ?? "");
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      setOpen(true);
      const key = event.key;
      setActive((i) => nextActiveIndex(i, key, options.length));
    } else if (event.key === "Enter") {
      // Never submits the filter form with half a title.
      event.preventDefault();
      const option = showList && active >= 0 ? options[active] : undefined;
      if (option) choose(option);
      else if (typed !== null && typed.trim() === "") choose(null);
    } else if (event.key === "Escape" && (showList || typed !== null)) {
      event.preventDefault();
      setTyped(null);
      setOpen(false);
      setActive(-1);
    }
  };

  const text = typed ?? (value ? (chosenTitle ?? "") : "");
  const activeId = showList && active >= 0 && options[active] ? `${listId}-${active}` : undefined;

  return (
    <div className="flex flex-col gap-1">
      <Label htmlFor={`${id}-input`} className="text-xs">
        Article
      </Label>
      <Popover.Root open={showList} onOpenChange={(next) => !next && setOpen(false)}>
        <Popover.Anchor asChild>
          <div className="relative">
            <input
              ref={inputRef}
              id={`${id}-input`}
              type="text"
              role="combobox"
              aria-expanded={showList}
              aria-controls={listId}
              aria-autocomplete="list"
              aria-activedescendant={activeId}
              autoComplete="off"
              spellCheck={false}
              maxLength={200}
              placeholder={value && chosenTitle === null ? "Loading…" : "All articles"}
              value={text}
              onChange={(event) => {
                setTyped(event.target.value);
                setOpen(true);
                setActive(-1);
              }}
              onFocus={(event) => event.target.select()}
              onBlur={() => {
                // Leaving the field without choosing keeps the chosen article.
                setTyped(null);
                setOpen(false);
              }}
              onKeyDown={onKeyDown}
              className={cn(fieldClass, "h-9 py-1.5", value ? "pr-8" : "")}
            />
            {state.kind === "loading" ? (
              <Loader2
                className="absolute top-1/2 right-2.5 size-4 -translate-y-1/2 animate-spin text-slate-500"
                aria-hidden="true"
              />
            ) : (
              value && (
                <Button
                  type="button"
                  variant="ghost"
                  size="icon"
                  className="absolute top-1/2 right-0.5 size-8 -translate-y-1/2"
                  aria-label="All articles (clear the article filter)"
                  onClick={() => choose(null)}
                >
                  <X aria-hidden="true" />
                </Button>
              )
            )}
          </div>
        </Popover.Anchor>
        <Popover.Portal>
          <Popover.Content
            align="start"
            sideOffset={4}
            onOpenAutoFocus={(event) => event.preventDefault()}
            onCloseAutoFocus={(event) => event.preventDefault()}
            onInteractOutside={(event) => {
              if (event.target === inputRef.current) event.preventDefault();
            }}
            className="z-50 max-h-72 w-[min(calc(100vw_-_1rem),24rem)] overflow-y-auto rounded-lg border border-slate-200 bg-white p-1 text-sm shadow-lg"
          >
            {state.kind === "error" && (
              <p role="status" className="px-3 py-2 text-red-800">
                {state.message}
              </p>
            )}
            {state.kind === "done" && options.length === 0 && (
              <p role="status" className="px-3 py-2 text-slate-600">
                No article matches “{typed?.trim()}”.
              </p>
            )}
            <div id={listId} role="listbox" aria-label="Articles">
              {options.map((option, i) => (
                <div
                  key={option.id}
                  id={`${listId}-${i}`}
                  role="option"
                  aria-selected={i === active}
                  onMouseDown={(event) => event.preventDefault()}
                  onMouseMove={() => setActive(i)}
                  onClick={() => choose(option)}
                  className={cn(
                    "cursor-pointer rounded-md px-3 py-1.5 text-slate-900",
                    i === active ? "bg-blue-50 outline-1 outline-blue-300" : "hover:bg-slate-50",
                  )}
                >
                  {option.title}
                </div>
              ))}
            </div>
          </Popover.Content>
        </Popover.Portal>
      </Popover.Root>
    </div>
  );
}
