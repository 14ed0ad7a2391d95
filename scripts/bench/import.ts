// Importing a 20,000-word Word file: the server's whole conversion (unzip and read the .docx
// with mammoth, clean it with sanitize-html, parse it with the editor schema in happy-dom,
// check it against the schema and the size limit), p50 / max of several runs, in process.
// Run by `npm run bench` (section 6) and alone by `npm run bench -- --import-only`
// (`--no-import` skips it).
import { performance } from "node:perf_hooks";
import { getPlainText } from "@/lib/domain/document/plain-text";
import { convertImport } from "@/lib/server/import/convert-import";
import { buildDocx, para, run } from "@/tests/support/docx";
import { buildArticleText } from "./long-article";
import { quantile } from "./bench-support";

const WORDS = 20_000;

/** The bench article as Word writes it: its subheads as headings, a bold lead-in in each paragraph. */
async function longDocx(): Promise<Uint8Array> {
  const blocks = buildArticleText(WORDS).split("\n\n");
  const body = blocks.map((text) => {
    if (text.startsWith("## ")) return para(text.slice(3), "Heading1");
    const cut = text.indexOf(" ", 30);
    return cut > 0 ? para([run(text.slice(0, cut), { bold: true }), run(text.slice(cut))]) : para(text);
  });
  return buildDocx(body.join(""));
}

export async function runImportBench(options: { quick: boolean }): Promise<void> {
  const bytes = await longDocx();
  const runs = options.quick ? 3 : 7;
  const times: number[] = [];
  let words = 0;
  for (let i = 0; i <= runs; i++) {
    const started = performance.now();
    const imported = await convertImport({ format: "docx", text: bytes, fileName: "long-draft.docx" });
    // The first run warms the modules up and is not counted.
    if (i > 0) times.push(performance.now() - started);
    words = getPlainText(imported.doc).split(/\s+/).filter(Boolean).length;
  }
  console.log(
    `\n6. Importing a ${words.toLocaleString("en")}-word .docx (${(bytes.length / 1024).toFixed(0)} KB), in process`,
  );
  console.log(
    `   conversion to a checked article document: p50 ${quantile(times, 0.5).toFixed(0)} ms, max ${Math.max(...times).toFixed(0)} ms (${runs} runs)`,
  );
}
