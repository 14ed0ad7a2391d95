import { isClaimId } from "./claim-mark";
import { isAllowedHref } from "./link-policy";
import type { AttrValue } from "./types";

// Value rules for the attributes our schema declares. Which attributes EXIST comes from
// the ProseMirror schema itself (spec.attrs); these rules say what values are acceptable,
// because ProseMirror would store any value it is handed.

/** Returns an error message, or undefined when the value is acceptable. */
export type AttrRule = (value: AttrValue) => string | undefined;

function allowOneOf(...allowed: AttrValue[]): AttrRule {
  const listed = allowed.map((v) => JSON.stringify(v)).join(", ");
  return (value) => (allowed.includes(value) ? undefined : `must be one of ${listed}`);
}

function allowNullableString(maxLength: number, pattern?: RegExp): AttrRule {
  return (value) => {
    if (value === null) return undefined;
    if (typeof value !== "string") return "must be a string or null";
    if (value.length > maxLength) return `must be at most ${maxLength} characters`;
    if (pattern && !pattern.test(value)) return "contains characters that are not allowed";
    return undefined;
  };
}

const NODE_RULES: Record<string, Record<string, AttrRule>> = {
  heading: { level: allowOneOf(1, 2, 3) },
  orderedList: {
    start: (value) =>
      typeof value === "number" && Number.isSafeInteger(value) && value >= 0
        ? undefined
        : "must be a non-negative integer",
    type: allowOneOf(null, "1", "a", "A", "i", "I"),
  },
};

const MARK_RULES: Record<string, Record<string, AttrRule>> = {
  link: {
    href: (value) => (isAllowedHref(value) ? undefined : "must be an absolute http, https or mailto URL"),
    target: allowOneOf(null, "_blank"),
    rel: allowNullableString(100, /^[a-z ]*$/),
    class: allowNullableString(100, /^[A-Za-z0-9_ -]*$/),
    title: allowNullableString(500),
  },
  claim: {
    id: (value) => (isClaimId(value) ? undefined : "must be a UUID"),
  },
};

// An attribute without a dedicated rule must keep the primitive kind of its default, so a
// newly added extension cannot become a hole before someone writes its rule.
function checkLikeDefault(value: AttrValue, defaultValue: unknown): string | undefined {
  if (value === null) return undefined;
  if (defaultValue === null || defaultValue === undefined) {
    return typeof value === "string" ? undefined : "must be a string or null";
  }
  return typeof value === typeof defaultValue ? undefined : `must be a ${typeof defaultValue}`;
}

export function checkAttrValue(
  kind: "node" | "mark",
  typeName: string,
  attrName: string,
  value: AttrValue,
  defaultValue: unknown,
): string | undefined {
  const rule = (kind === "node" ? NODE_RULES : MARK_RULES)[typeName]?.[attrName];
  return rule ? rule(value) : checkLikeDefault(value, defaultValue);
}
