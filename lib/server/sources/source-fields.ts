import "server-only";

const FIELDS = [
  "url",
  "title",
  "publisher",
  "excerpt",
  "accessedAt",
  "kind",
  "reliability",
  "note",
  "sensitive",
] as const;
type SourceFields = { [K in (typeof FIELDS)[number]]: string | boolean | Date };

/** A source's fields as the audit trail records them (dates as ISO days). */
export function auditedSourceFields(source: SourceFields): Record<string, string | boolean> {
  return Object.fromEntries(
    FIELDS.map((f) => {
      const value = source[f];
      return [f, value instanceof Date ? value.toISOString().slice(0, 10) : value];
    }),
  );
}

/** Only the fields that differ, before and after: what an edit changed. */
export function diffSourceFields(before: SourceFields, after: SourceFields) {
  const a = auditedSourceFields(before);
  const b = auditedSourceFields(after);
  const changed = FIELDS.filter((f) => a[f] !== b[f]);
  return {
    before: Object.fromEntries(changed.map((f) => [f, a[f] ?? null])),
    after: Object.fromEntries(changed.map((f) => [f, b[f] ?? null])),
    changed: changed.length > 0,
  };
}
