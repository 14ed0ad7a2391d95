import { describe, expect, it } from "vitest";
import { PRESENCE_COLORS, choosePresenceColor } from "./presence-color";

/** WCAG 2 contrast ratio of a #rrggbb colour against white. */
function contrastOnWhite(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) =>
    c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  );
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return 1.05 / (luminance + 0.05);
}

describe("presence colours", () => {
  it("are all readable as text on white (WCAG AA, 4.5:1)", () => {
    for (const color of PRESENCE_COLORS) {
      expect(contrastOnWhite(color), color).toBeGreaterThanOrEqual(4.5);
    }
  });

  it("are distinct", () => {
    expect(new Set(PRESENCE_COLORS).size).toBe(PRESENCE_COLORS.length);
  });

  it("gives a user the same colour every time, from the id alone", () => {
    const id = "5f0c2a1e-8d4b-4c2e-9f3a-1b2c3d4e5f60";
    expect(choosePresenceColor(id)).toBe(choosePresenceColor(`${id}`));
    expect(PRESENCE_COLORS).toContain(choosePresenceColor(id));
  });

  it("spreads users over the whole palette", () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 800; i += 1) {
      const color = choosePresenceColor(`user-${i}-${(i * 7919).toString(16)}`);
      counts.set(color, (counts.get(color) ?? 0) + 1);
    }
    expect(counts.size).toBe(PRESENCE_COLORS.length);
    // No colour takes more than twice its fair share.
    for (const count of counts.values()) expect(count).toBeLessThan(200);
  });
});
