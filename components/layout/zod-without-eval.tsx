"use client";
import { z } from "zod";

// Zod compiles object parsers with `new Function` when it may; the pages' CSP forbids
// eval, so in the browser it would report a violation on the first form parsed. The
// interpreted parser is as correct and fast enough for forms.
z.config({ jitless: true });

/** Rendered once in the root layout so that the setting above runs before any form parses. */
export function ZodWithoutEval(): null {
  return null;
}
