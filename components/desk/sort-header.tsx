"use client";
// A sortable column header: a button in the header cell, its state in aria-sort. The
// sort is part of the URL, so the button navigates.
import { useRouter } from "next/navigation";
import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";

export function SortHeader({
  label,
  state,
  href,
}: {
  label: string;
  state: "ascending" | "descending" | "none";
  /** The desk sorted by this column (the other way round when it already is). */
  href: string;
}) {
  const router = useRouter();
  const Icon = state === "ascending" ? ArrowUp : state === "descending" ? ArrowDown : ArrowUpDown;
  return (
    <th scope="col" aria-sort={state} className="px-4 py-2 font-medium">
      <button
        type="button"
        onClick={() => router.push(href)}
        className="inline-flex items-center gap-1 rounded uppercase hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700"
      >
        {label}
        <Icon aria-hidden="true" className={state === "none" ? "size-3.5 opacity-50" : "size-3.5"} />
      </button>
    </th>
  );
}
