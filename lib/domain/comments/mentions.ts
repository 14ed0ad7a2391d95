// @mentions in comment bodies. A handle is the local part of a person's email, so
// "@alice" reaches alice@newsroom.example without a separate username to maintain.

// The lookbehind keeps the "@" inside an email address ("write to a@b.c") from counting.
const MENTION = /(?<!\w)@([a-z0-9._-]+)/gi;

/** The handles mentioned in a comment: lowercased, each once, in order of first mention. */
export function extractMentionHandles(body: string): string[] {
  const handles: string[] = [];
  for (const match of body.matchAll(MENTION)) {
    // A sentence-ending dot ("thanks @alice.") is punctuation, not part of the handle.
    const handle = (match[1] ?? "").replace(/\.+$/, "").toLowerCase();
    if (handle.length > 0 && !handles.includes(handle)) handles.push(handle);
  }
  return handles;
}

/** The handle people type to mention the owner of this email address. */
export function mentionHandleOf(email: string): string {
  const at = email.lastIndexOf("@");
  return (at === -1 ? email : email.slice(0, at)).trim().toLowerCase();
}
