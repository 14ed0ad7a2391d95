import type { Node as ProseMirrorNode, Schema } from "@tiptap/pm/model";
import { checkAttrValue } from "./attribute-rules";
import { ZDocJSON } from "./doc-json-schema";
import { checkDocumentSize } from "./document-size";
import { getDocumentSchema } from "./extensions";
import type { AttrsJSON, DocJSON, MarkJSON, NodeJSON } from "./types";

export { ZDocJSON } from "./doc-json-schema";

// Turns an untrusted article body into a document the editor schema accepts, or into a
// list of issues each naming where it went wrong ("$.content[2].marks[0].attrs.href").
// ProseMirror alone is not enough: nodeFromJSON silently drops unknown attributes and
// stores any attribute value, so the JSON is walked against the schema first.

export type DocumentIssue = { path: string; message: string };

export type ParseDocumentResult =
  { ok: true; doc: DocJSON; node: ProseMirrorNode } | { ok: false; issues: DocumentIssue[] };

// Enough to fix a body; a hostile one could otherwise produce one issue per node.
const MAX_ISSUES = 100;

export function parseDocument(json: unknown): ParseDocumentResult {
  const sizeIssues = checkDocumentSize(json);
  if (sizeIssues.length > 0) return { ok: false, issues: sizeIssues };

  const shape = ZDocJSON.safeParse(json);
  if (!shape.success) {
    const issues = shape.error.issues.map((issue) => ({
      path: formatPath(issue.path),
      message: issue.message,
    }));
    return { ok: false, issues: issues.slice(0, MAX_ISSUES) };
  }

  const schema = getDocumentSchema();
  const issues: DocumentIssue[] = [];
  checkNode(schema, shape.data, "$", true, issues);
  if (issues.length > 0) return { ok: false, issues: issues.slice(0, MAX_ISSUES) };

  let node: ProseMirrorNode;
  try {
    node = schema.nodeFromJSON(shape.data);
  } catch (error) {
    return { ok: false, issues: [{ path: "$", message: describeError(error) }] };
  }
  const violations = findSchemaViolations(node, "$");
  if (violations.length > 0) return { ok: false, issues: violations.slice(0, MAX_ISSUES) };

  // The normalised form: defaults filled in, marks ordered, adjacent text merged.
  const doc = node.toJSON() as DocJSON;
  return { ok: true, doc, node };
}

/**
 * The issues of one node's JSON (and its content) against the article schema: what
 * parseDocument checks before ProseMirror sees it. Step slices are policed the same way.
 */
export function checkNodeJSON(json: NodeJSON, path: string): DocumentIssue[] {
  const issues: DocumentIssue[] = [];
  checkNode(getDocumentSchema(), json, path, false, issues);
  return issues.slice(0, MAX_ISSUES);
}

/** The issues of one mark's JSON against the article schema. */
export function checkMarkJSON(json: MarkJSON, path: string): DocumentIssue[] {
  const issues: DocumentIssue[] = [];
  checkMark(getDocumentSchema(), json, path, issues);
  return issues;
}

function checkNode(
  schema: Schema,
  json: NodeJSON,
  path: string,
  isRoot: boolean,
  issues: DocumentIssue[],
): void {
  if (issues.length >= MAX_ISSUES) return;
  const type = schema.nodes[json.type];
  if (!type) {
    issues.push({ path: `${path}.type`, message: `Unknown node type "${json.type}"` });
    return;
  }
  if (json.type === "doc" && !isRoot) {
    issues.push({ path: `${path}.type`, message: 'A "doc" node may only be the root' });
  }
  if (type.isText) {
    if (json.text === undefined) issues.push({ path, message: "Text node without text" });
    if (json.content !== undefined) {
      issues.push({ path: `${path}.content`, message: "Text nodes have no content" });
    }
  } else if (json.text !== undefined) {
    issues.push({ path: `${path}.text`, message: `A "${json.type}" node cannot carry text` });
  }
  checkAttrs("node", json.type, type.spec.attrs, json.attrs, path, issues);
  json.marks?.forEach((mark, index) => checkMark(schema, mark, `${path}.marks[${index}]`, issues));
  json.content?.forEach((child, index) =>
    checkNode(schema, child, `${path}.content[${index}]`, false, issues),
  );
}

function checkMark(schema: Schema, json: MarkJSON, path: string, issues: DocumentIssue[]): void {
  const type = schema.marks[json.type];
  if (!type) {
    issues.push({ path: `${path}.type`, message: `Unknown mark type "${json.type}"` });
    return;
  }
  checkAttrs("mark", json.type, type.spec.attrs, json.attrs, path, issues);
}

function checkAttrs(
  kind: "node" | "mark",
  typeName: string,
  declared: Record<string, { default?: unknown }> | undefined,
  given: AttrsJSON | undefined,
  path: string,
  issues: DocumentIssue[],
): void {
  const declaredNames = Object.keys(declared ?? {});
  for (const [name, value] of Object.entries(given ?? {})) {
    // hasOwn: "constructor" or "__proto__" must not resolve through the prototype chain.
    const spec = declared && Object.hasOwn(declared, name) ? declared[name] : undefined;
    if (!spec) {
      issues.push({
        path: `${path}.attrs.${name}`,
        message: `Unknown attribute "${name}" on ${kind} "${typeName}"`,
      });
      continue;
    }
    const problem = checkAttrValue(kind, typeName, name, value, spec.default);
    if (problem) issues.push({ path: `${path}.attrs.${name}`, message: `"${name}" ${problem}` });
  }
  // Required attributes (no default) must be present; ProseMirror would throw without a path.
  for (const name of declaredNames) {
    const spec = declared?.[name];
    if (spec && !("default" in spec) && given?.[name] === undefined) {
      issues.push({ path: `${path}.attrs`, message: `Missing required attribute "${name}"` });
    }
  }
}

// node.check() reports the first problem without saying where. Descend only into children
// that fail their own check to name the innermost offending node. Paths index the
// normalised document (adjacent text nodes with equal marks are already merged).
function findSchemaViolations(node: ProseMirrorNode, path: string): DocumentIssue[] {
  const error = tryCheck(node);
  if (!error) return [];
  const inner: DocumentIssue[] = [];
  node.forEach((child, _offset, index) => {
    inner.push(...findSchemaViolations(child, `${path}.content[${index}]`));
  });
  return inner.length > 0 ? inner : [{ path, message: error }];
}

function tryCheck(node: ProseMirrorNode): string | undefined {
  try {
    node.check();
    return undefined;
  } catch (error) {
    return describeError(error);
  }
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : "Document does not match the schema";
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, key) => (typeof key === "number" ? `${acc}[${key}]` : `${acc}.${String(key)}`),
    "$",
  );
}
