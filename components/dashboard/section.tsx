// Shared pieces of the dashboard's sections: the card, table cell and link styles.

export const TH = "px-3 py-2 text-left text-xs font-medium tracking-wide text-slate-600 uppercase";
export const TD = "px-3 py-1.5 tabular-nums";
export const LINK = "text-blue-800 underline underline-offset-2 hover:text-blue-950";

export function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id={id} className="mb-3 text-base font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

export function Empty({ children }: { children: React.ReactNode }) {
  return <p className="text-sm text-slate-600">{children}</p>;
}
