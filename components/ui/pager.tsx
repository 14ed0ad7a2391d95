"use client";
// The one paging control of every list: "Previous page" / "Next page", each a link (lists
// whose page is in the URL) or an action (lists paged in place), disabled at either end.
import Link from "next/link";
import { ChevronLeft, ChevronRight } from "lucide-react";
import { Button } from "@/components/ui/button";

export type PagerTarget = string | (() => void);

function PagerButton({ target, children }: { target: PagerTarget | null; children: React.ReactNode }) {
  if (target === null)
    return (
      <Button variant="outline" size="sm" disabled>
        {children}
      </Button>
    );
  if (typeof target === "string")
    return (
      <Button variant="outline" size="sm" asChild>
        <Link href={target}>{children}</Link>
      </Button>
    );
  return (
    <Button variant="outline" size="sm" onClick={target}>
      {children}
    </Button>
  );
}

export function Pager({
  previous,
  next,
  label = "Pages",
}: {
  previous: PagerTarget | null;
  next: PagerTarget | null;
  /** The navigation landmark's name ("Desk pages"). */
  label?: string;
}) {
  if (previous === null && next === null) return null;
  return (
    <nav aria-label={label} className="mt-3 flex items-center justify-end gap-2">
      <PagerButton target={previous}>
        <ChevronLeft aria-hidden="true" />
        Previous page
      </PagerButton>
      <PagerButton target={next}>
        Next page
        <ChevronRight aria-hidden="true" />
      </PagerButton>
    </nav>
  );
}
