// What one audit event changed: each field whose value differs, before beside after.
// Texts are shown as a word diff; anything else as JSON. Values are always text, never HTML.
import { WordDiff } from "@/components/ui/word-diff";
import { isRecord } from "@/components/audit/api";

interface Change {
  field: string;
  before: unknown;
  after: unknown;
}

/** The fields that differ; a payload that is not an object counts as one field, "value". */
export function listChanges(before: unknown, after: unknown): Change[] {
  const b = before ?? undefined;
  const a = after ?? undefined;
  if (!(isRecord(b) || b === undefined) || !(isRecord(a) || a === undefined) || (!b && !a)) {
    return JSON.stringify(b) === JSON.stringify(a) ? [] : [{ field: "value", before: b, after: a }];
  }
  const fields = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])];
  return fields
    .map((field) => ({ field, before: b?.[field], after: a?.[field] }))
    .filter((c) => JSON.stringify(c.before) !== JSON.stringify(c.after));
}

function Value({ value }: { value: unknown }) {
  if (value === undefined) return <span className="text-slate-600 italic">not set</span>;
  if (typeof value === "string") return <span className="break-words whitespace-pre-wrap">{value}</span>;
  return (
    <pre className="overflow-x-auto font-mono text-xs whitespace-pre-wrap text-slate-900">
      {JSON.stringify(value, null, 2)}
    </pre>
  );
}

export function EventChanges({ before, after }: { before: unknown; after: unknown }) {
  const changes = listChanges(before, after);
  if (changes.length === 0) return <p className="text-sm text-slate-600">No recorded field changes.</p>;
  return (
    <table className="w-full table-fixed text-sm">
      <thead className="border-b border-slate-200 text-left text-xs tracking-wide text-slate-600 uppercase">
        <tr>
          <th scope="col" className="w-32 py-1.5 pr-3 font-medium">
            Field
          </th>
          <th scope="col" className="py-1.5 pr-3 font-medium">
            Before
          </th>
          <th scope="col" className="py-1.5 font-medium">
            After
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100 align-top">
        {changes.map((c) => (
          <tr key={c.field}>
            <th scope="row" className="py-2 pr-3 text-left font-mono text-xs font-medium text-slate-800">
              {c.field}
            </th>
            {typeof c.before === "string" && typeof c.after === "string" ? (
              <>
                <td className="py-2 pr-3">
                  <Value value={c.before} />
                </td>
                <td className="py-2">
                  <WordDiff before={c.before} after={c.after} />
                </td>
              </>
            ) : (
              <>
                <td className="py-2 pr-3">
                  <Value value={c.before} />
                </td>
                <td className="py-2">
                  <Value value={c.after} />
                </td>
              </>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
