"use client";
// A comment box that suggests people when the word before the caret starts with "@".
// It follows the ARIA combobox pattern: the textarea keeps focus, the list of people is a
// listbox it controls, and the highlighted person is its active descendant.
import { useId, useLayoutEffect, useRef, useState } from "react";
import { fieldClass } from "@/components/ui/input";
import type { Person } from "@/components/claims/detail/api";
import type { ControlProps } from "@/components/claims/detail/form-bits";
import { cn } from "@/lib/utils";

const HANDLE_CHAR = /[a-z0-9._-]/i;
// "@" at the start or after a non-word character, as the server reads mentions.
const MENTION_BEFORE_CARET = /(?:^|[^\w@])@([a-z0-9._-]*)$/i;
const MAX_SUGGESTIONS = 6;

interface Query {
  text: string;
  /** Where the "@" is. */
  start: number;
  /** Where the handle being typed ends (it may continue after the caret). */
  end: number;
}

export function matchPeople(people: readonly Person[], text: string): Person[] {
  const q = text.toLowerCase();
  return people
    .filter(
      (p) =>
        p.handle.startsWith(q) ||
        p.name
          .toLowerCase()
          .split(/\s+/)
          .some((w) => w.startsWith(q)),
    )
    .slice(0, MAX_SUGGESTIONS);
}

function queryAt(value: string, caret: number): Query | null {
  const match = MENTION_BEFORE_CARET.exec(value.slice(0, caret));
  if (!match) return null;
  let end = caret;
  while (end < value.length && HANDLE_CHAR.test(value.charAt(end))) end += 1;
  const text = match[1] ?? "";
  return { text, start: caret - text.length - 1, end };
}

export function MentionInput({
  value,
  onChange,
  onSubmit,
  people,
  className,
  ...control
}: ControlProps & {
  value: string;
  onChange: (value: string) => void;
  /** Ctrl/Cmd+Enter. */
  onSubmit: () => void;
  people: readonly Person[];
  className?: string;
}) {
  const listId = useId();
  const ref = useRef<HTMLTextAreaElement>(null);
  const caretAfterInsert = useRef<number | null>(null);
  const [query, setQuery] = useState<Query | null>(null);
  const [active, setActive] = useState(0);
  // Escape closes the list for this "@" until the person types again.
  const [dismissedAt, setDismissedAt] = useState<number | null>(null);
  const matches = query && query.start !== dismissedAt ? matchPeople(people, query.text) : [];
  const open = matches.length > 0;
  const activeIndex = Math.min(active, Math.max(matches.length - 1, 0));

  useLayoutEffect(() => {
    const caret = caretAfterInsert.current;
    if (caret === null || !ref.current) return;
    caretAfterInsert.current = null;
    ref.current.setSelectionRange(caret, caret);
  }, [value]);

  function track(el: HTMLTextAreaElement) {
    const next = el.selectionStart === el.selectionEnd ? queryAt(el.value, el.selectionStart) : null;
    if (next?.text !== query?.text) setActive(0);
    setQuery(next);
  }

  function insert(person: Person) {
    if (!query) return;
    const rest = value.slice(query.end);
    const spacer = /^\s/.test(rest) ? "" : " ";
    const head = `${value.slice(0, query.start)}@${person.handle}${spacer}`;
    caretAfterInsert.current = head.length + (spacer ? 0 : 1);
    setQuery(null);
    onChange(head + rest);
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLTextAreaElement>) {
    if (event.nativeEvent.isComposing) return;
    if (open) {
      const choose = (index: number) => {
        event.preventDefault();
        setActive((index + matches.length) % matches.length);
      };
      if (event.key === "ArrowDown") return choose(activeIndex + 1);
      if (event.key === "ArrowUp") return choose(activeIndex - 1);
      if (event.key === "Enter" || event.key === "Tab") {
        const person = matches[activeIndex];
        if (person) {
          event.preventDefault();
          insert(person);
        }
        return;
      }
      if (event.key === "Escape") {
        // Closing the list must not also close whatever holds the form.
        event.preventDefault();
        event.stopPropagation();
        setDismissedAt(query?.start ?? null);
        return;
      }
    }
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      onSubmit();
    }
  }

  return (
    <div className="relative">
      <textarea
        {...control}
        ref={ref}
        role="combobox"
        aria-autocomplete="list"
        aria-haspopup="listbox"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open ? `${listId}-${activeIndex}` : undefined}
        rows={3}
        className={cn(fieldClass, className)}
        value={value}
        onChange={(e) => {
          setDismissedAt(null);
          onChange(e.target.value);
          track(e.target);
        }}
        onSelect={(e) => track(e.currentTarget)}
        onBlur={() => setQuery(null)}
        onKeyDown={onKeyDown}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label="People to mention"
        hidden={!open}
        className="absolute inset-x-0 top-full z-20 mt-1 max-h-56 overflow-y-auto rounded-md border border-slate-300 bg-white py-1 shadow-md"
      >
        {matches.map((person, index) => (
          <li
            key={person.id}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === activeIndex}
            className={cn(
              "flex cursor-pointer items-baseline gap-1.5 px-2 py-1 text-[13px] text-slate-900",
              index === activeIndex && "bg-blue-50 outline-1 -outline-offset-1 outline-blue-700",
            )}
            // mousedown, not click: the textarea must keep focus (and its caret).
            onMouseDown={(e) => {
              e.preventDefault();
              insert(person);
            }}
            onMouseEnter={() => setActive(index)}
          >
            <span className="font-medium">{person.name}</span>
            <span className="text-xs text-slate-600">@{person.handle}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
