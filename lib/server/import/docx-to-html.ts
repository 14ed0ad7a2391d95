import "server-only";
import mammoth from "mammoth";
import JSZip from "jszip";
import { AppError } from "@/lib/errors";
import type { ImportTally } from "@/lib/domain/import/import-notices";

// A Word .docx file as HTML (mammoth), for htmlToDoc to clean. Tracked changes come out
// accepted (mammoth keeps insertions and leaves deletions out) and comments are left out;
// both are counted from the file itself so the editor is told.

/** The most XML the document part may inflate to: a guard against zip bombs. */
const MAX_DOCUMENT_XML_BYTES = 64 * 1024 * 1024;

// Word's built-in styles mammoth does not map by itself.
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => h2:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
];

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

export async function docxToHtml(bytes: Uint8Array, tally: ImportTally): Promise<string> {
  if (startsWith(bytes, OLE_MAGIC))
    throw new AppError(
      "validation",
      "This is an older Word .doc file. Open it in Word, save it as .docx, and import that.",
    );
  if (!startsWith(bytes, ZIP_MAGIC))
    throw new AppError("validation", "This file is not a Word document (.docx), whatever its name says.");
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  await inspectDocx(buffer, tally);
  let result: Awaited<ReturnType<typeof mammoth.convertToHtml>>;
  try {
    result = await mammoth.convertToHtml(
      { buffer },
      {
        styleMap: STYLE_MAP,
        // Images are dropped later and counted there: no need to inline them as data URLs.
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: "" })),
      },
    );
  } catch {
    throw unreadable();
  }
  for (const message of result.messages) {
    const style = /^Unrecognised (?:paragraph|run) style: '([^']*)'/.exec(message.message)?.[1];
    if (style && !tally.unknownStyles.includes(style)) tally.unknownStyles.push(style);
  }
  return result.value;
}

/** Counts comments and tracked changes, refusing a file that is not a Word document. */
async function inspectDocx(buffer: Buffer, tally: ImportTally): Promise<void> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(buffer);
  } catch {
    throw unreadable();
  }
  const document = zip.file("word/document.xml");
  if (!document)
    throw new AppError("validation", "This file is not a Word document (.docx): it has no document part.");
  const counts = await countInXml(document, { insertions: /<w:ins[\s>]/g, deletions: /<w:del[\s>]/g });
  tally.insertions += counts.insertions;
  tally.deletions += counts.deletions;
  const comments = zip.file("word/comments.xml");
  if (comments) tally.comments += (await countInXml(comments, { comments: /<w:comment[\s>]/g })).comments;
}

/** Streams a part of the file, counting matches, and refuses one that inflates too far. */
function countInXml<K extends string>(
  file: JSZip.JSZipObject,
  patterns: Record<K, RegExp>,
): Promise<Record<K, number>> {
  const keys = Object.keys(patterns) as K[];
  const counts = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  let size = 0;
  // The end of a chunk is kept so that a tag split across two chunks still counts once.
  let carry = "";
  const decoder = new TextDecoder();
  return new Promise((resolve, reject) => {
    const stream = file.nodeStream("nodebuffer");
    stream
      .on("data", (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_DOCUMENT_XML_BYTES) {
          stream.pause();
          reject(new AppError("payload_too_large", "This .docx file holds more text than an article can."));
          return;
        }
        const text = carry + decoder.decode(chunk, { stream: true });
        const cut = Math.max(0, text.length - 16);
        for (const key of keys)
          for (const match of text.matchAll(patterns[key])) if (match.index < cut) counts[key] += 1;
        carry = text.slice(cut);
      })
      .on("error", () => reject(unreadable()))
      .on("end", () => {
        for (const key of keys) counts[key] += carry.match(patterns[key])?.length ?? 0;
        resolve(counts);
      })
      .resume();
  });
}

function unreadable(): AppError {
  return new AppError(
    "validation",
    "This .docx file could not be read: it may be damaged. Open it in Word and save it again.",
  );
}
