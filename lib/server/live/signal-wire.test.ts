import { describe, expect, it } from "vitest";
import {
  MAX_PAYLOAD_BYTES,
  encodeArticleSignals,
  parseArticleSignal,
  type ArticleSignal,
} from "./signal-wire";

const uuid = (i: number) => `00000000-0000-4000-8000-${i.toString().padStart(12, "0")}`;

describe("article signals on the wire", () => {
  it("sends small signals as one payload each, and reads them back", () => {
    const signals: ArticleSignal[] = [
      { kind: "steps", articleId: "a1", version: 12 },
      { kind: "claims", articleId: "a1", claimIds: [uuid(1)] },
      { kind: "article", articleId: "a1" },
      {
        kind: "presence",
        articleId: "a1",
        origin: "p1",
        change: {
          op: "here",
          clients: [
            { clientId: "c1", userId: "u1", name: "Ann", selection: { anchor: 1, head: 4, version: 12 } },
          ],
        },
      },
    ];
    const { payloads, dropped } = encodeArticleSignals(signals);
    expect(dropped).toEqual([]);
    expect(payloads.map(parseArticleSignal)).toEqual(signals);
  });

  it("splits a signal naming thousands of claims into payloads under NOTIFY's limit, losing none", () => {
    const claimIds = Array.from({ length: 3000 }, (_, i) => uuid(i));
    const { payloads } = encodeArticleSignals([{ kind: "claims", articleId: "a1", claimIds }]);
    expect(payloads.length).toBeGreaterThan(1);
    for (const p of payloads)
      expect(new TextEncoder().encode(p).byteLength).toBeLessThanOrEqual(MAX_PAYLOAD_BYTES);
    const received = payloads
      .map(parseArticleSignal)
      .flatMap((s) => (s?.kind === "claims" ? s.claimIds : []));
    expect(received).toEqual(claimIds);
  });

  it("splits a large presence announcement by sessions, names in any script", () => {
    const clients = Array.from({ length: 60 }, (_, i) => ({
      clientId: `client-${i}`,
      userId: uuid(i),
      name: "Ρένα Παπαδοπούλου-Ζαφειροπούλου ".repeat(3),
      selection: { anchor: i, head: i, version: 50_000_000 },
    }));
    const { payloads } = encodeArticleSignals([
      { kind: "presence", articleId: "a1", origin: "p1", change: { op: "here", clients } },
    ]);
    expect(payloads.length).toBeGreaterThan(1);
    const received = payloads
      .map(parseArticleSignal)
      .flatMap((s) => (s?.kind === "presence" && s.change.op === "here" ? s.change.clients : []));
    expect(received).toEqual(clients);
  });

  it("reports a signal that cannot be made small enough instead of sending it", () => {
    const huge: ArticleSignal = { kind: "article", articleId: "x".repeat(MAX_PAYLOAD_BYTES) };
    expect(encodeArticleSignals([huge])).toEqual({ payloads: [], dropped: [huge] });
  });

  it("ignores payloads that are not signals", () => {
    expect(parseArticleSignal("not json")).toBeNull();
    expect(parseArticleSignal(JSON.stringify({ kind: "steps", articleId: "a1" }))).toBeNull();
    expect(parseArticleSignal(JSON.stringify({ kind: "reboot" }))).toBeNull();
  });
});
