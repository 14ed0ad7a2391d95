// THE permission policy. Every server use case asks this module before acting; the UI may
// ask it too, but only to hide what the server would refuse anyway.

export const ROLES = ["EDITOR", "CHECKER", "MANAGER"] as const;
export type Role = (typeof ROLES)[number];

export const ACTIONS = [
  "article.view",
  "article.create",
  "article.edit",
  "article.archive",
  "article.tag",
  "claim.mark",
  "claim.remove",
  "claim.reattach",
  "user.manage",
  "audit.view",
  "source.manage",
  "source.view_sensitive",
  "source.unflag_sensitive",
  "verdict.propose",
  "verdict.reconfirm",
  "comment.add",
  "claim.assign",
  "scale.manage",
  "dashboard.view",
] as const;
export type Action = (typeof ACTIONS)[number];

export type Actor = { id: string; role: Role; disabled?: boolean };

/**
 * Facts about the target of an action. `articleSpiked`: the article acted on (or the one the
 * claim, source, verdict or comment belongs to) is spiked, so nothing about it may change.
 */
export type PolicyContext = Readonly<{ articleSpiked?: boolean } & Record<string, unknown>>;

/**
 * What changes an article or what hangs on it: none of these is allowed on a spiked article
 * (the server refuses them with 409 `article_spiked`). Spiking and restoring are not among
 * them, and neither is reading.
 */
const ARTICLE_WRITES: ReadonlySet<Action> = new Set<Action>([
  "article.edit",
  "claim.mark",
  "claim.remove",
  "claim.reattach",
  "source.manage",
  "source.unflag_sensitive",
  "verdict.propose",
  "comment.add",
  "claim.assign",
  "verdict.reconfirm",
  "article.tag",
]);

/** Why nothing can be done on a spiked article, for someone who may restore it or not. */
export function spikedReason(mayRestore: boolean): string {
  return mayRestore
    ? "This article is spiked — restore it to change anything."
    : "This article is spiked — an editor or manager must restore it before anything can change.";
}

export type AuthorizeResult = { ok: true } | { ok: false; reason: string };

const GRANTS: Record<Action, readonly Role[]> = {
  "article.view": ["EDITOR", "CHECKER", "MANAGER"],
  "article.create": ["EDITOR", "MANAGER"],
  "article.edit": ["EDITOR", "MANAGER"],
  // Spiking takes an article off the desk and the queues: the desk's decision, not research.
  "article.archive": ["EDITOR", "MANAGER"],
  // Tags are article metadata, filed by those who edit the article (as its title and text).
  "article.tag": ["EDITOR", "MANAGER"],
  // Highlighting a claim is part of a checker's research, so checkers may mark.
  "claim.mark": ["EDITOR", "CHECKER", "MANAGER"],
  "claim.remove": ["EDITOR", "MANAGER"],
  // Re-attaching an orphaned claim is marking words for it: a checker's undo of an unmark
  // re-attaches, so checkers may (steps that only add or remove claim marks are theirs).
  "claim.reattach": ["EDITOR", "CHECKER", "MANAGER"],
  "user.manage": ["MANAGER"],
  "audit.view": ["MANAGER"],
  // Research is the checkers' work (and their managers').
  "source.manage": ["CHECKER", "MANAGER"],
  "source.view_sensitive": ["CHECKER", "MANAGER"],
  // Un-flagging shows a protected source to editors and exports: a standards decision.
  "source.unflag_sensitive": ["MANAGER"],
  "verdict.propose": ["CHECKER", "MANAGER"],
  // Re-confirming a verdict for changed words is approving it again: the people who approve
  // verdicts (claim-workflow's decideApproval), never its proposer (decideReconfirmation).
  "verdict.reconfirm": ["CHECKER", "MANAGER"],
  "comment.add": ["EDITOR", "CHECKER", "MANAGER"],
  "claim.assign": ["MANAGER"],
  "scale.manage": ["MANAGER"],
  // Per-checker throughput, speed and overdue work are figures about colleagues: for the
  // people who assign and approve the work, as the audit trail is.
  "dashboard.view": ["MANAGER"],
};

// Reasons are shown to people, so they say what is allowed instead of just "forbidden".
const DENIAL_REASONS: Record<Action, string> = {
  "article.view": "You cannot view articles.",
  "article.create": "Only editors and managers can create articles.",
  "article.edit":
    "Only editors and managers can change an article's text or formatting; fact-checkers can highlight claims.",
  "article.archive": "Only editors and managers can spike or restore an article.",
  "article.tag": "Only editors and managers can change an article's tags.",
  "claim.mark": "You cannot mark claims.",
  "claim.remove": "Only editors and managers can remove a claim from the text.",
  "claim.reattach": "You cannot re-attach claims.",
  "user.manage": "Only managers can manage users.",
  "audit.view": "Only managers can read the audit trail.",
  "source.manage": "Only fact-checkers and managers add, edit or remove sources.",
  "source.view_sensitive": "Sensitive sources are shown only to fact-checkers and managers.",
  "source.unflag_sensitive":
    "Only a manager can make a sensitive source visible to everyone; ask one to un-flag it.",
  "verdict.propose": "Only fact-checkers and managers propose verdicts.",
  "verdict.reconfirm": "Only fact-checkers and managers re-confirm verdicts.",
  "comment.add": "You cannot comment.",
  "claim.assign": "Only managers assign claims to others.",
  "scale.manage": "Only managers edit the verdict scale and workspace settings.",
  "dashboard.view": "Only managers can see the dashboard.",
};

export function authorize(
  actor: Actor | null | undefined,
  action: Action,
  ctx?: PolicyContext,
): AuthorizeResult {
  if (!actor) return { ok: false, reason: "Sign in to continue." };
  if (actor.disabled) return { ok: false, reason: "Your account is disabled." };
  if (!isRole(actor.role)) return { ok: false, reason: "Your account has no valid role." };
  if (!GRANTS[action].includes(actor.role)) return { ok: false, reason: DENIAL_REASONS[action] };
  if (ctx?.articleSpiked && ARTICLE_WRITES.has(action)) {
    return { ok: false, reason: spikedReason(GRANTS["article.archive"].includes(actor.role)) };
  }
  return { ok: true };
}

/**
 * What the actor may do in one article's workspace now: the page and the API hand it to the
 * UI, which shows only these controls. A spiked article is read-only for everyone, so all
 * writes are false there and `readOnlyReason` says why; `restore` is who may bring it back.
 */
export interface ArticleCapabilities {
  /** Change the words and formatting. */
  edit: boolean;
  /** Change the article's tags. */
  tag: boolean;
  /** Mark words as a claim (a checker's steps may only add or remove claim marks). */
  mark: boolean;
  /** Remove a claim from the article ("Remove claim"). */
  remove: boolean;
  /** Re-attach an orphaned claim to selected words. */
  reattach: boolean;
  spike: boolean;
  restore: boolean;
  /**
   * Set when nothing in the article may change (it is spiked), with the reason to show: no
   * gate move, no correction note, nothing in a claim either.
   */
  readOnlyReason: string | null;
}

export function articleCapabilities(
  actor: Actor | null | undefined,
  article: { spiked: boolean },
): ArticleCapabilities {
  const ctx = { articleSpiked: article.spiked };
  const mayArchive = can(actor, "article.archive");
  return {
    edit: can(actor, "article.edit", ctx),
    tag: can(actor, "article.tag", ctx),
    mark: can(actor, "claim.mark", ctx),
    remove: can(actor, "claim.remove", ctx),
    reattach: can(actor, "claim.reattach", ctx),
    spike: mayArchive && !article.spiked,
    restore: mayArchive && article.spiked,
    readOnlyReason: article.spiked && can(actor, "article.view") ? spikedReason(mayArchive) : null,
  };
}

export function can(actor: Actor | null | undefined, action: Action, ctx?: PolicyContext): boolean {
  return authorize(actor, action, ctx).ok;
}

/** The human reason an action is refused, or null when it is allowed. */
export function explainDenial(
  actor: Actor | null | undefined,
  action: Action,
  ctx?: PolicyContext,
): string | null {
  const result = authorize(actor, action, ctx);
  return result.ok ? null : result.reason;
}

export type EditChange = {
  /** Words, formatting, structure or links changed. */
  textOrFormattingChanged: boolean;
  /** Claim marks added or removed: marking, unmarking, re-attaching. */
  claimMarksChanged: boolean;
  /** Claims taken out of the article for good ("Remove claim"). */
  claimsRemoved: boolean;
};

/**
 * Decides whether an edit of an article (a batch of steps, or a whole-document save turned
 * into steps) may be applied, from what its steps change. A checker's steps that only add
 * or remove claim marks pass, whatever else the document holds (headings, links); a batch
 * that also touches the words or formatting is refused whole.
 */
export function decideEditPermission(actor: Actor | null | undefined, change: EditChange): AuthorizeResult {
  const needed: Action[] = ["article.view"];
  if (change.textOrFormattingChanged) needed.push("article.edit");
  if (change.claimMarksChanged) needed.push("claim.mark");
  if (change.claimsRemoved) needed.push("claim.remove");
  for (const action of needed) {
    const result = authorize(actor, action);
    if (!result.ok) return result;
  }
  return { ok: true };
}

/**
 * Who writes a correction's public note: whoever made the change (a checker's unmark of a
 * cleared article's claim included), or anyone who may edit the article's text.
 */
export function authorizeCorrectionNote(
  actor: Actor | null | undefined,
  correction: { authorId: string },
): AuthorizeResult {
  const viewing = authorize(actor, "article.view");
  if (!viewing.ok || actor?.id === correction.authorId) return viewing;
  return authorize(actor, "article.edit").ok
    ? { ok: true }
    : { ok: false, reason: "Only the person who made the change, or an editor or manager, writes its note." };
}

/** The claim a source belongs to, as the source rules need it. */
export type SourceClaim = { assigneeId: string | null };

/** What a change of a claim's sources does, beyond adding, editing or removing one. */
export type SourceChange = {
  /** The change turns a sensitive source into one everybody sees (`sensitive: false`). */
  unflagsSensitive?: boolean;
};

/**
 * Who adds, edits or removes a claim's sources: its assigned fact-checker, or a manager.
 * Research is the assignee's own: a second checker does not change a colleague's evidence,
 * and an unassigned claim is nobody's research yet, so a checker picks it up first (taking
 * an open claim is one click, and the newsroom then sees who is on it). Un-flagging a
 * sensitive source is a manager's decision whoever is assigned.
 */
export function authorizeSourceChange(
  actor: Actor | null | undefined,
  claim: SourceClaim,
  change: SourceChange = {},
  ctx?: PolicyContext,
): AuthorizeResult {
  const managing = authorize(actor, "source.manage", ctx);
  if (!managing.ok || !actor) return managing;
  if (actor.role !== "MANAGER" && claim.assigneeId !== actor.id) {
    return {
      ok: false,
      reason:
        claim.assigneeId === null
          ? "Nobody is assigned to this claim yet: pick it up first, then add, edit or remove its sources."
          : "This claim is assigned to another fact-checker: only they or a manager add, edit or remove its sources.",
    };
  }
  return change.unflagsSensitive ? authorize(actor, "source.unflag_sensitive") : { ok: true };
}

/**
 * Whether the viewer may know a source exists at all: a sensitive source is, for everyone
 * without "source.view_sensitive", as if it were not there (ids included).
 */
export function canSeeSource(actor: Actor | null | undefined, source: { sensitive: boolean }): boolean {
  return can(actor, "article.view") && (!source.sensitive || can(actor, "source.view_sensitive"));
}

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}
