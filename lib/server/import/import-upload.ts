import "server-only";
import { AppError } from "@/lib/errors";
import {
  IMPORT_FILE_TOO_LARGE,
  IMPORT_FILE_TYPES,
  MAX_IMPORT_FILE_BYTES,
  formatOfFileName,
} from "@/lib/validation/articles";

/**
 * A file upload (multipart/form-data: `file`, optional `title` and `format`) as the body
 * an import route's JSON schema parses: `{title, format, text, fileName}`, the format taken
 * from the file's name unless given, a .docx as its bytes and anything else as text.
 */
export const IMPORT_UPLOAD = {
  // The file plus its multipart framing and the small fields beside it.
  maxBytes: MAX_IMPORT_FILE_BYTES + 64 * 1024,
  tooLarge: IMPORT_FILE_TOO_LARGE,
  async toBody(form: FormData): Promise<Record<string, unknown>> {
    const file = form.get("file");
    if (!(file instanceof File))
      throw new AppError("validation", "Attach the file as the form field `file`.", {
        issues: [{ path: "file", message: "Attach the file as the form field `file`." }],
      });
    const given = form.get("format");
    const format = typeof given === "string" && given ? given : formatOfFileName(file.name);
    if (!format)
      throw new AppError("validation", IMPORT_FILE_TYPES, {
        issues: [{ path: "file", message: IMPORT_FILE_TYPES }],
      });
    const title = form.get("title");
    return {
      ...(typeof title === "string" ? { title } : {}),
      format,
      fileName: file.name,
      text: format === "docx" ? new Uint8Array(await file.arrayBuffer()) : await file.text(),
    };
  },
};
