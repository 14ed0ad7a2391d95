import { describe, expect, it } from "vitest";
import { emptyTally, noticesOf } from "./import-notices";

describe("import notices", () => {
  it("says nothing when nothing was lost", () => {
    expect(noticesOf(emptyTally())).toEqual([]);
  });

  it("names what was dropped, with counts and the consequence", () => {
    const tally = { ...emptyTally(), images: 2, tables: 1, comments: 1, insertions: 3, deletions: 1 };
    const notices = noticesOf(tally);
    expect(notices.map((n) => n.kind)).toEqual(["tracked_changes", "comments", "images", "tables"]);
    expect(notices[0]?.message).toBe(
      "Tracked changes in the file were taken as accepted (3 insertions, 1 deletion).",
    );
    expect(notices[1]?.message).toBe("1 comment in the file was not imported.");
    expect(notices[2]).toEqual({
      kind: "images",
      count: 2,
      message: "2 images removed: articles hold text only.",
    });
    expect(notices[3]?.message).toBe("1 table flattened: each cell became a paragraph.");
  });

  it("lists at most five unknown styles by name", () => {
    const unknownStyles = ["A", "B", "C", "D", "E", "F"];
    const [notice] = noticesOf({ ...emptyTally(), unknownStyles });
    expect(notice?.count).toBe(6);
    expect(notice?.message).toContain("A, B, C, D, E, …");
  });
});
