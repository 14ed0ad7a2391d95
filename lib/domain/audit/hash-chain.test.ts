import { describe, expect, it } from "vitest";
import { canonicalJson, GENESIS_HASH, hashableEvent } from "@/lib/domain/audit/hash-chain";

describe("canonicalJson", () => {
  it("sorts object keys and writes no whitespace", () => {
    expect(canonicalJson({ b: 1, a: 2, c: { z: true, y: null } })).toBe(
      '{"a":2,"b":1,"c":{"y":null,"z":true}}',
    );
  });

  it("sorts keys by UTF-16 code units, not by locale", () => {
    // "\u20ac" (€) < "\ud83d\ude00" (😀, a surrogate pair) < "\ufb33" by code units,
    // although 😀 has the highest code point; upper case sorts before lower case.
    const value = { "\ufb33": 1, "\ud83d\ude00": 2, "\u20ac": 3, b: 4, B: 5, "1": 6 };
    expect(canonicalJson(value)).toBe('{"1":6,"B":5,"b":4,"€":3,"😀":2,"דּ":1}');
  });

  it("keeps arrays in order and canonicalises nested values", () => {
    expect(canonicalJson([3, { b: [2, 1], a: "x" }, [], {}])).toBe('[3,{"a":"x","b":[2,1]},[],{}]');
  });

  it("omits undefined properties and writes undefined array items as null", () => {
    expect(canonicalJson({ a: undefined, b: 1 })).toBe('{"b":1}');
    expect(canonicalJson([undefined, 1])).toBe("[null,1]");
  });

  it("writes strings as JSON.stringify does, unicode unescaped", () => {
    expect(canonicalJson('“11 days” — é\n"q" \\ \u0001')).toBe('"“11 days” — é\\n\\"q\\" \\\\ \\u0001"');
    expect(canonicalJson({ ключ: "значение" })).toBe('{"ключ":"значение"}');
  });

  it("writes numbers as JSON.stringify does and refuses non-finite ones", () => {
    expect(canonicalJson([0, -0, 1.5, 1e21, 1e-7, 100, -3, 0.1 + 0.2])).toBe(
      "[0,0,1.5,1e+21,1e-7,100,-3,0.30000000000000004]",
    );
    expect(() => canonicalJson(Number.NaN)).toThrow(TypeError);
    expect(() => canonicalJson(Number.POSITIVE_INFINITY)).toThrow(TypeError);
  });

  it("refuses non-plain objects such as Dates", () => {
    expect(() => canonicalJson(new Date(0) as never)).toThrow(TypeError);
  });
});

describe("hashableEvent", () => {
  it("keeps exactly the protected fields, absent ones as null, `at` as an ISO string", () => {
    const event = hashableEvent({
      seq: 7,
      at: new Date("2026-01-02T03:04:05.678Z"),
      actorId: null,
      action: "article.created",
      articleId: "a1",
      after: { version: 1, title: "T" },
    });
    expect(canonicalJson(event)).toBe(
      '{"action":"article.created","actorId":null,"after":{"title":"T","version":1},"articleId":"a1",' +
        '"at":"2026-01-02T03:04:05.678Z","before":null,"claimId":null,"reason":null,"seq":7}',
    );
  });

  it("starts the chain from 64 zeros", () => {
    expect(GENESIS_HASH).toBe("0".repeat(64));
  });
});
