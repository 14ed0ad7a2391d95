// Tag names: what a newsroom may file an article under, and when two spellings are one tag.
// Pure rules shared by the tag input in the browser, the API's validation and the use case.

export const MAX_TAG_LENGTH = 40;
export const MAX_TAGS_PER_ARTICLE = 20;

export interface TagName {
  /** As shown: trimmed, inner whitespace collapsed to one space, Unicode NFC. */
  name: string;
  /** What makes two names one tag: NFKC, lower case ("Kabul", " KABUL " and "ｋａｂｕｌ" agree). */
  key: string;
}

export type TagNameResult = ({ ok: true } & TagName) | { ok: false; reason: string };

// Control characters other than whitespace (which is collapsed instead), and the bidi and
// zero-width controls that make two identical-looking names differ.
const CONTROL = /(?![\t\n\v\f\r])[\p{Cc}\u200B\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/u;

/** The key that makes two names one tag (for names already cleaned by normalizeTagName). */
export function tagKey(name: string): string {
  return name.normalize("NFKC").toLowerCase();
}

/** Characters as a person counts them (code points, not UTF-16 units). */
function lengthOf(text: string): number {
  return Array.from(text).length;
}

export function normalizeTagName(raw: string): TagNameResult {
  if (CONTROL.test(raw))
    return { ok: false, reason: "A tag cannot contain control or invisible formatting characters." };
  if (raw.includes(",")) return { ok: false, reason: "A tag cannot contain a comma: commas separate tags." };
  const name = raw.normalize("NFC").replace(/\s+/gu, " ").trim();
  if (name.length === 0) return { ok: false, reason: "A tag needs at least one letter or digit." };
  if (!/[\p{L}\p{N}]/u.test(name)) return { ok: false, reason: "A tag needs at least one letter or digit." };
  if (lengthOf(name) > MAX_TAG_LENGTH)
    return { ok: false, reason: `Keep each tag to ${MAX_TAG_LENGTH} characters (“${name}” is longer).` };
  return { ok: true, name, key: tagKey(name) };
}

export type TagListResult =
  { ok: true; tags: TagName[] } | { ok: false; issues: { index: number | null; reason: string }[] };

/**
 * An article's tags from what a person typed: each name cleaned, spellings of one tag kept
 * once (the first one typed), at most MAX_TAGS_PER_ARTICLE.
 */
export function normalizeTagList(raws: readonly string[]): TagListResult {
  const issues: { index: number | null; reason: string }[] = [];
  const byKey = new Map<string, TagName>();
  raws.forEach((raw, index) => {
    const result = normalizeTagName(raw);
    if (!result.ok) issues.push({ index, reason: result.reason });
    else if (!byKey.has(result.key)) byKey.set(result.key, { name: result.name, key: result.key });
  });
  if (issues.length === 0 && byKey.size > MAX_TAGS_PER_ARTICLE)
    issues.push({
      index: null,
      reason: `An article takes at most ${MAX_TAGS_PER_ARTICLE} tags (${byKey.size} given): remove some.`,
    });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, tags: [...byKey.values()] };
}

/** Tag names in the order the desk and the header show them: alphabetical, any case. */
export function sortTagNames(names: readonly string[]): string[] {
  return [...names].sort((a, b) => a.localeCompare(b, "en", { sensitivity: "base" }) || a.localeCompare(b));
}
