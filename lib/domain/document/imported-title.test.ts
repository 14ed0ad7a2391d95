import { describe, expect, it } from "vitest";
import { titleFromFileName, titleFromImport } from "@/lib/domain/document/imported-title";

describe("titleFromImport", () => {
  it("takes a Markdown file's first heading as the title and out of the body", () => {
    expect(
      titleFromImport("draft.md", "# The looming threat of ISKP\n\nKabul fell in 11 days.\n", "md"),
    ).toEqual({
      title: "The looming threat of ISKP",
      text: "Kabul fell in 11 days.\n",
    });
    expect(titleFromImport("draft.md", "\n\n  # Closing hashes ##\r\nBody", "md")).toEqual({
      title: "Closing hashes",
      text: "Body",
    });
  });

  it("falls back to the file name when the first line is not a level-one heading", () => {
    expect(titleFromImport("iskp-threat_2026.md", "## Subhead\n\nBody", "md")).toEqual({
      title: "Iskp threat 2026",
      text: "## Subhead\n\nBody",
    });
    expect(titleFromImport("notes.md", "Intro line\n# Later heading", "md").title).toBe("Notes");
    expect(titleFromImport("plain text.txt", "# not markdown here", "txt")).toEqual({
      title: "Plain text",
      text: "# not markdown here",
    });
  });
});

describe("titleFromFileName", () => {
  it("turns a file name into words", () => {
    expect(titleFromFileName("C:\\drafts\\kabul-fell_in  11 days.markdown")).toBe("Kabul fell in 11 days");
    expect(titleFromFileName(".md")).toBe("");
  });
});
