// The digest email's words: plain text (every mail client shows it and turns the addresses
// into links; nothing in it is markup, so nothing in a claim or a title can be injected).

export interface DigestItem {
  message: string;
  createdAt: Date;
  article: { id: string; title: string } | null;
  /** Where the notification leads, from the app's root, e.g. /articles/1?claim=2. */
  path: string;
}

export interface DigestInput {
  name: string;
  publicUrl: string;
  /** All notifications the email sums up; `items` may list fewer. */
  total: number;
  items: DigestItem[];
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** One line per notification, grouped under its article's title, oldest first. */
export function composeDigest({ name, publicUrl, total, items }: DigestInput): {
  subject: string;
  text: string;
} {
  const base = publicUrl.replace(/\/+$/, "");
  const groups = new Map<string, { title: string; items: DigestItem[] }>();
  for (const item of items) {
    const key = item.article?.id ?? "";
    const group = groups.get(key) ?? { title: item.article?.title ?? "Other", items: [] };
    group.items.push(item);
    groups.set(key, group);
  }
  const articles = [...groups.keys()].filter((k) => k !== "").length;
  const subject =
    `Claimdesk: ${plural(total, "notification")}` +
    (articles > 0 ? ` on ${plural(articles, "article")}` : "");
  const lines = [`Hello ${name},`, "", `You have ${plural(total, "unread notification")} in Claimdesk.`, ""];
  for (const group of groups.values()) {
    lines.push(oneLine(group.title), "");
    for (const item of group.items) {
      lines.push(
        `  - ${oneLine(item.message)} (${item.createdAt.toISOString().slice(0, 16).replace("T", " ")} UTC)`,
      );
      lines.push(`    ${base}${item.path}`);
    }
    lines.push("");
  }
  if (total > items.length) lines.push(`And ${total - items.length} more: ${base}/`, "");
  lines.push(
    "Notifications you open in Claimdesk are not emailed.",
    `Choose what is emailed, and how often: ${base}/settings#notifications`,
  );
  return { subject, text: lines.join("\n") };
}

/** Titles and messages are people's words: no line breaks that would reshape the email. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
