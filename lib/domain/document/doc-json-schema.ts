import { z } from "@/lib/validation/zod";
import type { DocJSON, MarkJSON, NodeJSON } from "./types";

// Shape-only validation of Tiptap JSON: which keys may appear and what kind of value each
// holds. Whether a type or attribute exists in our schema is parseDocument's job; API
// layers reuse these schemas to reject malformed bodies before doing anything else.

const ZAttrValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const ZAttrsJSON = z.record(z.string(), ZAttrValue);

export const ZMarkJSON: z.ZodType<MarkJSON> = z.strictObject({
  type: z.string().min(1),
  attrs: ZAttrsJSON.optional(),
});

export const ZNodeJSON: z.ZodType<NodeJSON> = z.lazy(() =>
  z.strictObject({
    type: z.string().min(1),
    attrs: ZAttrsJSON.optional(),
    content: z.array(ZNodeJSON).optional(),
    // ProseMirror cannot represent an empty text node; it is always a client bug.
    text: z.string().min(1, "Text nodes must not be empty").optional(),
    marks: z.array(ZMarkJSON).optional(),
  }),
);

export const ZDocJSON: z.ZodType<DocJSON> = z.strictObject({
  type: z.literal("doc", { error: 'The root node must be of type "doc"' }),
  attrs: ZAttrsJSON.optional(),
  content: z.array(ZNodeJSON).optional(),
});
