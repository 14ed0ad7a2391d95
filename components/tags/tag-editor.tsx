"use client";
// An article's tags in the workspace header. Editors and managers edit them: type a name
// and press Enter or a comma (or pick a suggestion of a tag in use), Backspace in the empty
// field or a tag's × removes one. Each change is saved at once (PUT …/tags) and confirmed
// by a toast; a refused change is undone on screen and what was typed stays in the field.
// The field follows the ARIA combobox pattern: it keeps focus, the suggestions are a listbox
// it controls, and the highlighted one is its active descendant.
import { useEffect, useId, useRef, useState } from "react";
import { Tag, X } from "lucide-react";
import { toast } from "sonner";
import { fieldClass } from "@/components/ui/input";
import { tagChipClass, TagChips } from "@/components/tags/tag-chips";
import { MAX_TAGS_PER_ARTICLE, normalizeTagName, sortTagNames, tagKey } from "@/lib/domain/tags/tag-name";
import { cn } from "@/lib/utils";

const MAX_SUGGESTIONS = 8;

interface Suggestion {
  name: string;
  count: number;
}

async function saveTags(articleId: string, tags: string[]): Promise<{ tags: string[] } | { error: string }> {
  try {
    const response = await fetch(`/api/v1/articles/${articleId}/tags`, {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ tags }),
    });
    const body = (await response.json().catch(() => null)) as {
      tags?: string[];
      error?: { message?: string; issues?: { message: string }[] };
    } | null;
    if (response.ok && body?.tags) return { tags: body.tags };
    return {
      error:
        body?.error?.issues?.[0]?.message ?? body?.error?.message ?? "The server did not answer. Try again.",
    };
  } catch {
    return { error: "Could not reach the server. Try again." };
  }
}

export function TagEditor({
  articleId,
  initialTags,
  canEdit,
}: {
  articleId: string;
  initialTags: string[];
  /** Editors and managers on a live article; everyone else sees the tags read-only. */
  canEdit: boolean;
}) {
  const inputId = useId();
  const listId = useId();
  const errorId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [tags, setTags] = useState(initialTags);
  const [text, setText] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [pending, setPending] = useState(false);
  // Saves go one after another, each from the tags the previous one left.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const confirmed = useRef(initialTags);

  const query = text.trim();
  useEffect(() => {
    if (!canEdit || !open) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      const params = new URLSearchParams({ limit: "20" });
      if (query) params.set("q", query);
      fetch(`/api/v1/tags?${params.toString()}`, { signal: controller.signal })
        .then((r) => (r.ok ? (r.json() as Promise<{ tags: Suggestion[] }>) : { tags: [] }))
        .then((body) => setSuggestions(body.tags))
        .catch(() => {
          // Suggestions are a convenience: typing a name works without them.
        });
    }, 150);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [canEdit, open, query]);

  if (!canEdit) return <TagChips tags={tags} label="Tags" />;

  const present = new Set(tags.map(tagKey));
  const shown = suggestions.filter((s) => !present.has(tagKey(s.name))).slice(0, MAX_SUGGESTIONS);
  const expanded = open && shown.length > 0;
  const activeIndex = active < shown.length ? active : -1;

  function commit(next: string[], message: string, keepText: string) {
    setTags(next);
    setPending(true);
    queue.current = queue.current.then(async () => {
      const result = await saveTags(articleId, next);
      if ("tags" in result) {
        confirmed.current = result.tags;
        setTags(result.tags);
        toast.success(message);
      } else {
        // Back to what the server holds; what was typed stays for another try.
        setTags(confirmed.current);
        if (keepText) setText(keepText);
        setError(result.error);
        toast.error(`Tags not saved: ${result.error}`);
      }
      setPending(false);
    });
  }

  /** Adds the names typed (one, or several pasted with commas); false when one is refused. */
  function add(raws: string[]): boolean {
    const next = [...tags];
    const keys = new Set(present);
    const added: string[] = [];
    for (const raw of raws) {
      const result = normalizeTagName(raw);
      if (!result.ok) {
        setError(result.reason);
        return false;
      }
      if (keys.has(result.key)) continue;
      if (next.length >= MAX_TAGS_PER_ARTICLE) {
        setError(`An article takes at most ${MAX_TAGS_PER_ARTICLE} tags: remove one first.`);
        return false;
      }
      keys.add(result.key);
      next.push(result.name);
      added.push(result.name);
    }
    setError(null);
    setActive(-1);
    if (added.length === 0) {
      toast.info("That tag is already on this article.");
      return true;
    }
    const names = added.map((n) => `“${n}”`).join(", ");
    commit(sortTagNames(next), `${added.length === 1 ? "Tag" : "Tags"} ${names} added.`, raws.join(", "));
    return true;
  }

  function remove(tag: string) {
    setError(null);
    commit(
      tags.filter((t) => t !== tag),
      `Tag “${tag}” removed.`,
      "",
    );
    inputRef.current?.focus();
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.nativeEvent.isComposing) return;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      setOpen(true);
      if (shown.length === 0) return;
      if (event.key === "ArrowDown") setActive(activeIndex + 1 >= shown.length ? 0 : activeIndex + 1);
      else setActive(activeIndex <= 0 ? shown.length - 1 : activeIndex - 1);
      return;
    }
    if (event.key === "Enter" || event.key === ",") {
      const chosen = expanded && activeIndex >= 0 ? shown[activeIndex] : undefined;
      if (!chosen && query === "") {
        if (event.key === ",") event.preventDefault();
        return;
      }
      event.preventDefault();
      if (add([chosen ? chosen.name : text])) setText("");
      return;
    }
    if (event.key === "Escape" && expanded) {
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
      setActive(-1);
      return;
    }
    if (event.key === "Backspace" && text === "" && tags.length > 0) {
      event.preventDefault();
      const last = tags[tags.length - 1];
      if (last) remove(last);
    }
  }

  return (
    <div className="flex min-w-0 flex-col gap-1">
      <div className="flex flex-wrap items-center gap-1.5">
        <label htmlFor={inputId} className="text-xs font-medium text-slate-700">
          Tags
        </label>
        {tags.length > 0 && (
          <ul aria-label="Tags" className="flex flex-wrap gap-1">
            {tags.map((tag) => (
              <li key={tag} className={cn(tagChipClass, "pr-0.5")}>
                <Tag aria-hidden="true" className="size-3 shrink-0" />
                <span className="truncate">{tag}</span>
                <button
                  type="button"
                  onClick={() => remove(tag)}
                  aria-label={`Remove tag ${tag}`}
                  className="inline-flex size-6 items-center justify-center rounded-full text-slate-700 hover:bg-slate-200 hover:text-slate-950 focus-visible:outline-2 focus-visible:outline-blue-700"
                >
                  <X aria-hidden="true" className="size-3.5" />
                </button>
              </li>
            ))}
          </ul>
        )}
        <div className="relative w-full sm:w-auto">
          <input
            ref={inputRef}
            id={inputId}
            type="text"
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={expanded}
            aria-controls={listId}
            aria-activedescendant={expanded && activeIndex >= 0 ? `${listId}-${activeIndex}` : undefined}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : `${inputId}-hint`}
            autoComplete="off"
            maxLength={400}
            placeholder={tags.length > 0 ? "Add a tag" : "Add tags"}
            value={text}
            onChange={(e) => {
              const value = e.target.value;
              // A pasted list ("Kabul, ISKP") adds all but the part still being typed.
              if (value.includes(",")) {
                const parts = value.split(",");
                const rest = parts.pop() ?? "";
                const names = parts.filter((p) => p.trim() !== "");
                // A refused name stays in the field with its reason.
                setText(names.length === 0 || add(names) ? rest : value);
              } else {
                setText(value);
                setError(null);
              }
              setOpen(true);
              setActive(-1);
            }}
            onFocus={() => setOpen(true)}
            onBlur={() => setOpen(false)}
            onKeyDown={onKeyDown}
            className={cn(fieldClass, "h-8 w-full py-1 text-[13px] sm:w-44")}
          />
          <p id={`${inputId}-hint`} className="sr-only">
            Enter or comma adds a tag; Backspace in the empty field removes the last one.
            {pending ? " Saving." : ""}
          </p>
          <ul
            id={listId}
            role="listbox"
            aria-label="Tags in use"
            hidden={!expanded}
            className="absolute top-full left-0 z-30 mt-1 max-h-60 w-full overflow-y-auto rounded-md border border-slate-300 bg-white py-1 shadow-md sm:w-64"
          >
            {shown.map((s, index) => (
              <li
                key={s.name}
                id={`${listId}-${index}`}
                role="option"
                aria-selected={index === activeIndex}
                className={cn(
                  "flex cursor-pointer items-baseline justify-between gap-2 px-2 py-1 text-[13px] text-slate-900",
                  index === activeIndex && "bg-blue-50 outline-1 -outline-offset-1 outline-blue-700",
                )}
                // mousedown, not click: the field keeps focus.
                onMouseDown={(e) => {
                  e.preventDefault();
                  if (add([s.name])) setText("");
                }}
                onMouseEnter={() => setActive(index)}
              >
                <span className="truncate font-medium">{s.name}</span>
                <span className="shrink-0 text-xs text-slate-600">
                  {s.count} {s.count === 1 ? "article" : "articles"}
                </span>
              </li>
            ))}
          </ul>
        </div>
      </div>
      {error && (
        <p id={errorId} role="alert" className="text-[13px] text-red-800">
          {error}
        </p>
      )}
    </div>
  );
}
