// What an import left out or changed, said in words an editor understands. Every converter
// counts what it could not keep; nothing is dropped without a line here.

export type ImportNoticeKind =
  | "images"
  | "tables"
  | "embedded"
  | "formatting"
  | "links"
  | "rules"
  | "comments"
  | "tracked_changes"
  | "unknown_styles";

export interface ImportNotice {
  kind: ImportNoticeKind;
  count: number;
  message: string;
}

const plural = (n: number, one: string, many: string = `${one}s`) =>
  `${n.toLocaleString("en")} ${n === 1 ? one : many}`;

/** Counts of what a conversion dropped or reshaped, gathered while it runs. */
export interface ImportTally {
  images: number;
  tables: number;
  embedded: number;
  formatting: number;
  links: number;
  rules: number;
  comments: number;
  insertions: number;
  deletions: number;
  unknownStyles: string[];
}

export function emptyTally(): ImportTally {
  return {
    images: 0,
    tables: 0,
    embedded: 0,
    formatting: 0,
    links: 0,
    rules: 0,
    comments: 0,
    insertions: 0,
    deletions: 0,
    unknownStyles: [],
  };
}

/** The notices of a tally, most consequential first; none when nothing was lost. */
export function noticesOf(tally: ImportTally): ImportNotice[] {
  const notices: ImportNotice[] = [];
  const add = (kind: ImportNoticeKind, count: number, message: string) => {
    if (count > 0) notices.push({ kind, count, message });
  };
  add(
    "tracked_changes",
    tally.insertions + tally.deletions,
    `Tracked changes in the file were taken as accepted (${plural(tally.insertions, "insertion")}, ${plural(tally.deletions, "deletion")}).`,
  );
  add(
    "comments",
    tally.comments,
    `${plural(tally.comments, "comment")} in the file ${tally.comments === 1 ? "was" : "were"} not imported.`,
  );
  add("images", tally.images, `${plural(tally.images, "image")} removed: articles hold text only.`);
  add("tables", tally.tables, `${plural(tally.tables, "table")} flattened: each cell became a paragraph.`);
  add(
    "embedded",
    tally.embedded,
    `${plural(tally.embedded, "embedded or interactive element")} (scripts, frames, forms, media) removed.`,
  );
  add(
    "links",
    tally.links,
    `${plural(tally.links, "link")} without an http, https or mailto address removed (their words kept).`,
  );
  add(
    "formatting",
    tally.formatting,
    `Formatting the article cannot hold (underline, strike-through, superscript, code, fonts, colours) removed from ${plural(tally.formatting, "passage")}; the words were kept.`,
  );
  add("rules", tally.rules, `${plural(tally.rules, "horizontal rule")} removed.`);
  const styles = tally.unknownStyles;
  add(
    "unknown_styles",
    styles.length,
    `${plural(styles.length, "paragraph style")} not recognised, imported as plain paragraphs: ${styles.slice(0, 5).join(", ")}${styles.length > 5 ? ", …" : ""}.`,
  );
  return notices;
}
