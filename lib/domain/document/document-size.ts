// Size limits checked on the raw, untrusted JSON before anything recursive touches it, so
// a hostile body cannot blow the stack (deep nesting) or the CPU (millions of nodes).

export const MAX_DOCUMENT_DEPTH = 50;
export const MAX_DOCUMENT_NODES = 100_000;

export type SizeIssue = { path: string; message: string };

/** Depth counts the root as 1; every object in a `content` array counts as a node. */
export function checkDocumentSize(json: unknown): SizeIssue[] {
  const issues: SizeIssue[] = [];
  const stack: { value: unknown; depth: number; path: string }[] = [{ value: json, depth: 1, path: "$" }];
  let nodes = 0;
  let tooDeep = false;

  while (stack.length > 0) {
    const item = stack.pop();
    if (!item || typeof item.value !== "object" || item.value === null) continue;
    nodes += 1;
    if (nodes > MAX_DOCUMENT_NODES) {
      issues.push({ path: "$", message: `Document has more than ${MAX_DOCUMENT_NODES} nodes` });
      break;
    }
    if (item.depth > MAX_DOCUMENT_DEPTH) {
      if (!tooDeep) {
        issues.push({
          path: item.path,
          message: `Document is nested deeper than ${MAX_DOCUMENT_DEPTH} levels`,
        });
        tooDeep = true;
      }
      continue;
    }
    const content: unknown = (item.value as { content?: unknown }).content;
    if (!Array.isArray(content)) continue;
    content.forEach((child: unknown, index) => {
      stack.push({ value: child, depth: item.depth + 1, path: `${item.path}.content[${index}]` });
    });
  }
  return issues;
}
