import { describe, expect, it } from "vitest";
import { extractMentionHandles, mentionHandleOf } from "./mentions";

describe("extractMentionHandles", () => {
  it.each([
    ["no mention", "Looks right to me.", []],
    ["one mention", "@alice please check the casualty figures", ["alice"]],
    ["lowercases", "Thanks @Alice.Smith and @BOB", ["alice.smith", "bob"]],
    ["unique, in order of first mention", "@bob @alice @BOB @bob", ["bob", "alice"]],
    ["trailing dots trimmed", "Ask @carol. Or @dave...", ["carol", "dave"]],
    ["inner dots, dashes and underscores kept", "@jean-luc.picard_2 agreed", ["jean-luc.picard_2"]],
    ["email addresses are not mentions", "Write to a@b.c or press@newsroom.example", []],
    ["handle after an underscore is not a mention", "x_@bob", []],
    ["after punctuation or a bracket", '(@erin), "@frank"; cc:@gina', ["erin", "frank", "gina"]],
    ["at a line start", "line one\n@harry line two", ["harry"]],
    ["a lone @ or only dots", "@ and @... and @", []],
    ["stops at characters outside the handle", "@ivan's note, @judy!", ["ivan", "judy"]],
    ["an email right after a mention keeps the mention", "@kim@example.com", ["kim"]],
  ] as const)("%s", (_name, body, expected) => {
    expect(extractMentionHandles(body)).toEqual(expected);
  });
});

describe("mentionHandleOf", () => {
  it.each([
    ["alice@newsroom.example", "alice"],
    ["Alice.Smith@Newsroom.example", "alice.smith"],
    ["odd@local@example.com", "odd@local"],
    ["no-at-sign", "no-at-sign"],
  ])("%s → %s", (email, expected) => {
    expect(mentionHandleOf(email)).toBe(expected);
  });

  it("round-trips: the handle of an email is what a mention extracts", () => {
    expect(extractMentionHandles(`Ping @${mentionHandleOf("Checker.One@claimdesk.example")}.`)).toEqual([
      "checker.one",
    ]);
  });
});
