// The colour a person's caret and name dot have in every workspace: chosen from their user
// id alone, so each process and each browser agrees without storing anything.

/**
 * Each has at least 4.5:1 contrast as text on white (WCAG AA), so a caret label stays
 * readable; saturated enough to tell apart as a thin caret line. Kept apart from the
 * claim status colours' light highlight fills by being dark.
 */
export const PRESENCE_COLORS = [
  "#b91c1c", // red
  "#c2410c", // orange
  "#a16207", // ochre
  "#15803d", // green
  "#0f766e", // teal
  "#1d4ed8", // blue
  "#6d28d9", // violet
  "#be185d", // pink
] as const;

export type PresenceColor = (typeof PRESENCE_COLORS)[number];

/** The same colour for the same user id, everywhere (FNV-1a over the id's UTF-16 units). */
export function choosePresenceColor(userId: string): PresenceColor {
  let hash = 0x811c9dc5;
  for (let i = 0; i < userId.length; i += 1) {
    hash ^= userId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  const index = (hash >>> 0) % PRESENCE_COLORS.length;
  return PRESENCE_COLORS[index] ?? PRESENCE_COLORS[0];
}
