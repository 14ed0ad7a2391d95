// zod as every schema shared with the browser imports it. In the browser, zod would
// compile object parsers with `new Function`, which the pages' Content-Security-Policy
// forbids (a violation report on the first parse); there it interprets them instead.
// The server keeps the compiled parsers.
import { z } from "zod";

if (typeof window !== "undefined") z.config({ jitless: true });

export { z };
