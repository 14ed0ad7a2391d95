"use client";
// Who else is in the article, each with the colour of their caret in the text.
import type { PresentClient } from "@/components/editor/collab/article-events";

export function PresenceList({ people }: { people: PresentClient[] }) {
  if (people.length === 0) return null;
  const names = people.map((p) => p.name).join(", ");
  return (
    <ul aria-label={`Also here: ${names}`} className="flex flex-wrap items-center gap-1.5" data-presence>
      {people.map((person) => (
        <li
          key={person.clientId}
          className="flex items-center gap-1 rounded-full border border-slate-200 bg-white px-2 py-0.5 text-xs text-slate-800"
          title={`${person.name} is in this article`}
        >
          <span
            aria-hidden="true"
            className="size-2.5 rounded-full"
            style={{ backgroundColor: person.color }}
          />
          {person.name}
        </li>
      ))}
    </ul>
  );
}

/** One entry per person: a person with two tabs open is listed once. */
export function othersPresent(
  clients: PresentClient[],
  ownClientId: string,
  ownUserId: string,
): PresentClient[] {
  const seen = new Set<string>();
  return clients.filter((c) => {
    if (c.clientId === ownClientId || c.userId === ownUserId || seen.has(c.userId)) return false;
    seen.add(c.userId);
    return true;
  });
}
