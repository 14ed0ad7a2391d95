// The one CSV writer (and reader) behind every CSV export: RFC 4180 fields, CRLF line
// ends, and no cell a spreadsheet would run as a formula.

export type CsvValue = string | number | boolean | null | undefined;

/**
 * A cell starting with one of these runs as a formula in Excel, LibreOffice or Sheets
 * (OWASP "CSV injection": = + - @ tab CR), so it is written with a leading apostrophe. A
 * value already starting with an apostrophe gets one too, so a reader drops exactly one
 * leading apostrophe and gets every value back unchanged (what a hash verifier needs).
 */
const NEEDS_APOSTROPHE = /^[=+\-@\t\r']/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One field: neutralised, then quoted (inner quotes doubled) when it holds `"` `,` CR or LF. */
export function csvField(value: CsvValue): string {
  const text = value === null || value === undefined ? "" : String(value);
  const safe = NEEDS_APOSTROPHE.test(text) ? `'${text}` : text;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One record, CRLF-terminated. */
export function csvRow(values: readonly CsvValue[]): string {
  return `${values.map(csvField).join(",")}\r\n`;
}

/** A whole file: the header row, then a row per record. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return [header, ...rows].map(csvRow).join("");
}

/**
 * Reads what csvRow wrote back into rows of the original values (the apostrophe added
 * before a formula-like value removed, unless `keepApostrophes` asks for the cells as a
 * spreadsheet sees them). For tests and verifiers of an export.
 */
export function parseCsv(text: string, options: { keepApostrophes?: boolean } = {}): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const restore = (raw: string) => (raw.startsWith("'") && !options.keepApostrophes ? raw.slice(1) : raw);
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(restore(field));
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      rows.push([...row, restore(field)]);
      row = [];
      field = "";
      i++;
    } else field += c;
  }
  if (field !== "" || row.length > 0) rows.push([...row, restore(field)]);
  return rows;
}
