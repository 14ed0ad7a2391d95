"use client";
// Below lg (phones, tablets) the article's text and its claims are two tabs of one screen
// instead of two columns, so the claims do not sit thousands of pixels under the text.
// From lg both are shown side by side and this bar is not rendered visible.

/** The widths at which the workspace shows one pane at a time (Tailwind's `max-lg`). */
export const NARROW = "(max-width: 1023.98px)";

const TAB =
  "flex-1 rounded-md px-3 py-2 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700";

export function WorkspaceTabs({
  pane,
  onChange,
  claimCount,
  noteNeeded,
}: {
  pane: "text" | "claims";
  onChange: (pane: "text" | "claims") => void;
  claimCount: number;
  noteNeeded: boolean;
}) {
  const tabs = [
    { id: "text", label: "Text", controls: "workspace-text" },
    {
      id: "claims",
      label: `Claims (${claimCount})${noteNeeded ? " · note needed" : ""}`,
      controls: "workspace-claims",
    },
  ] as const;
  return (
    <div
      role="tablist"
      aria-label="Show"
      className="sticky top-12 z-20 mb-3 flex gap-1 rounded-lg border border-slate-200 bg-white p-1 lg:hidden"
      onKeyDown={(event) => {
        // The WAI-ARIA tabs pattern: arrows move between the two tabs.
        if (event.key !== "ArrowLeft" && event.key !== "ArrowRight") return;
        event.preventDefault();
        const next = pane === "text" ? "claims" : "text";
        onChange(next);
        document.getElementById(`workspace-tab-${next}`)?.focus();
      }}
    >
      {tabs.map((tab) => {
        const selected = pane === tab.id;
        return (
          <button
            key={tab.id}
            id={`workspace-tab-${tab.id}`}
            type="button"
            role="tab"
            aria-selected={selected}
            aria-controls={tab.controls}
            tabIndex={selected ? 0 : -1}
            onClick={() => onChange(tab.id)}
            className={`${TAB} ${selected ? "bg-slate-900 text-white" : "text-slate-700 hover:bg-slate-100"}`}
          >
            {tab.label}
          </button>
        );
      })}
    </div>
  );
}
