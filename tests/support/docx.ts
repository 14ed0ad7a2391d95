// Word .docx files built in memory for import tests: the parts Word itself writes for
// paragraphs, headings, lists, tables, pictures, comments and tracked changes.
import JSZip from "jszip";

const W =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A run of text; `bold`/`italic` as Word marks them. */
export function run(text: string, opts: { bold?: boolean; italic?: boolean } = {}): string {
  const props = `${opts.bold ? "<w:b/>" : ""}${opts.italic ? "<w:i/>" : ""}`;
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ""}<w:t xml:space="preserve">${escape(text)}</w:t></w:r>`;
}

/** A paragraph of runs, with a Word style (Heading1, Title, ListParagraph…) if given. */
export function para(runs: string | string[], style?: string): string {
  const content = Array.isArray(runs) ? runs.join("") : run(runs);
  return `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ""}${content}</w:p>`;
}

export const inserted = (id: number, text: string) =>
  `<w:ins w:id="${id}" w:author="Reporter" w:date="2026-11-30T10:00:00Z">${run(text)}</w:ins>`;
export const deleted = (id: number, text: string) =>
  `<w:del w:id="${id}" w:author="Reporter" w:date="2026-11-30T10:00:00Z"><w:r><w:delText xml:space="preserve">${escape(text)}</w:delText></w:r></w:del>`;
export const commented = (id: number, text: string) =>
  `<w:commentRangeStart w:id="${id}"/>${run(text)}<w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r>`;
export function table(rows: string[][]): string {
  const cells = (row: string[]) => row.map((c) => `<w:tc>${para(c)}</w:tc>`).join("");
  return `<w:tbl>${rows.map((r) => `<w:tr>${cells(r)}</w:tr>`).join("")}</w:tbl>`;
}
/** An inline picture (a 1×1 PNG). */
export const picture = () =>
  `<w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><wp:extent cx="9525" cy="9525"/><wp:docPr id="1" name="Picture 1" descr="A map"/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="1" name="map.png"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="rIdImage1"/></pic:blipFill><pic:spPr/></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`;

const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);

/** The bytes of a .docx whose body is `body` (paragraphs, tables) and with these comments. */
export async function buildDocx(body: string, comments: string[] = []): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>${comments.length ? '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>' : ""}</Types>`,
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  zip.file(
    "word/_rels/document.xml.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rIdImage1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/>${comments.length ? '<Relationship Id="rIdComments" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>' : ""}</Relationships>`,
  );
  zip.file("word/media/image1.png", PNG);
  const style = (id: string, name: string) =>
    `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/></w:style>`;
  zip.file(
    "word/styles.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ${W}>${[
      style("Title", "Title"),
      style("Heading1", "heading 1"),
      style("Heading2", "heading 2"),
      style("Quote", "Quote"),
      style("ListParagraph", "List Paragraph"),
      style("Kicker", "Kicker"),
    ].join("")}</w:styles>`,
  );
  zip.file(
    "word/document.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}<w:sectPr/></w:body></w:document>`,
  );
  if (comments.length)
    zip.file(
      "word/comments.xml",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments ${W}>${comments
        .map((c, i) => `<w:comment w:id="${i}" w:author="Editor">${para(c)}</w:comment>`)
        .join("")}</w:comments>`,
    );
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
