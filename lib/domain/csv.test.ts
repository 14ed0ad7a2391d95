import { describe, expect, it } from "vitest";
import { csvField, csvRow, parseCsv, toCsv } from "./csv";

describe("csvField", () => {
  it.each([
    ["=1+1", "'=1+1"],
    ['=HYPERLINK("http://evil.test","x")', `"'=HYPERLINK(""http://evil.test"",""x"")"`],
    ["@SUM(1)", "'@SUM(1)"],
    ["+33 1 23", "'+33 1 23"],
    ["-2+3", "'-2+3"],
    ["\t=1", "'\t=1"],
    ["\r=1", `"'\r=1"`],
    ["'quoted", "''quoted"],
  ])("neutralises %j as %j", (value, written) => {
    expect(csvField(value)).toBe(written);
  });

  it("quotes a comma, a quote or a line break as RFC 4180 says", () => {
    expect(csvField('a,"b"\nc')).toBe('"a,""b""\nc"');
    expect(csvField("plain")).toBe("plain");
    expect(csvField("a = b")).toBe("a = b");
  });

  it("writes numbers, booleans and nothing", () => {
    expect(csvField(12)).toBe("12");
    expect(csvField(-1)).toBe("'-1");
    expect(csvField(false)).toBe("false");
    expect(csvField(null)).toBe("");
    expect(csvField(undefined)).toBe("");
  });
});

describe("csvRow / toCsv / parseCsv", () => {
  it("ends every record with CRLF", () => {
    expect(csvRow(["a", 1, null])).toBe("a,1,\r\n");
    expect(toCsv(["x", "y"], [["1", "2"]])).toBe("x,y\r\n1,2\r\n");
  });

  it("reads back exactly the values written, formulas and apostrophes included", () => {
    const values = ["=1+1", "'=x", "@a", "-", "+", "\tt", "\r\nr", 'q"q', "a,b", "", "'", "''", "plain"];
    expect(
      parseCsv(
        toCsv(
          ["h"],
          values.map((v) => [v]),
        ),
      ),
    ).toEqual([["h"], ...values.map((v) => [v])]);
    expect(parseCsv(csvRow(values))).toEqual([values]);
  });
});
