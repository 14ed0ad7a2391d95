import "server-only";
import { AppError } from "@/lib/errors";
import { parseDocument } from "@/lib/domain/document/parse-document";
import { getPlainText } from "@/lib/domain/document/plain-text";
import { convertTextToDoc } from "@/lib/domain/document/text-to-doc";
import { titleFromDoc, titleFromFileName } from "@/lib/domain/document/imported-title";
import type { DocJSON } from "@/lib/domain/document/types";
import { emptyTally, noticesOf, type ImportNotice } from "@/lib/domain/import/import-notices";
import { ARTICLE_TOO_LONG, MAX_ARTICLE_TEXT, type ImportFormat } from "@/lib/validation/articles";
import { docxToHtml } from "@/lib/server/import/docx-to-html";
import { htmlToDoc } from "@/lib/server/import/html-to-doc";

export interface ImportSource {
  format: ImportFormat;
  /** Text for txt, md and html; the file's bytes for docx. */
  text: string | Uint8Array;
  fileName?: string;
}

export interface ImportedDocument {
  /** A document the editor schema accepts, within the article size limit. */
  doc: DocJSON;
  /** From a leading level-1 heading (then out of the body) or the file's name; "" if neither. */
  title: string;
  /** What the conversion dropped or reshaped, to show before anyone relies on the text. */
  notices: ImportNotice[];
}

/**
 * Converts an imported file or paste to an article body, cleaned to the schema. Refuses
 * (422) a file that is not what its format says or is unreadable, and (413) a text over
 * the article limit; nothing is written here.
 */
export async function convertImport(source: ImportSource): Promise<ImportedDocument> {
  const tally = emptyTally();
  let doc: DocJSON;
  if (source.format === "docx") {
    if (typeof source.text === "string")
      throw new AppError("validation", "A .docx file must be sent as a file.");
    doc = htmlToDoc(await docxToHtml(source.text, tally), tally);
  } else {
    if (typeof source.text !== "string") throw new AppError("validation", "Send this format as text.");
    if (source.format === "html") {
      if (source.text.includes("\u0000"))
        throw new AppError("validation", "This file is not an HTML document, whatever its name says.");
      doc = htmlToDoc(source.text, tally);
    } else {
      doc = convertTextToDoc(source.text, { format: source.format });
    }
  }
  // Markdown and plain text keep their first line: the form offers its heading as the
  // title on the client, and a title typed by a person leaves the body as it is.
  const taken = source.format === "html" || source.format === "docx" ? titleFromDoc(doc) : { title: "", doc };
  const checked = parseDocument(taken.doc);
  if (!checked.ok)
    throw new AppError("invalid_document", "The file could not be read as an article.", {
      issues: checked.issues,
    });
  const text = getPlainText(checked.doc);
  if (text.length > MAX_ARTICLE_TEXT)
    throw new AppError(
      "payload_too_large",
      `${ARTICLE_TOO_LONG} This file has ${text.length.toLocaleString("en")}.`,
    );
  if (text.trim().length === 0) throw new AppError("validation", "The file has no text to import.");
  const title = taken.title || (source.fileName ? titleFromFileName(source.fileName) : "");
  return { doc: checked.doc, title, notices: noticesOf(tally) };
}
