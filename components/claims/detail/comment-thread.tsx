"use client";
// The claim's discussion: comments oldest first, each shown exactly as written (as text),
// with @mentions of colleagues picked out; a box to add one, suggesting people after "@".
import { useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { RelativeTime } from "@/components/ui/relative-time";
import {
  claimApi,
  type ClaimDetailData,
  type DetailComment,
  type Person,
} from "@/components/claims/detail/api";
import {
  Field,
  FormAlert,
  useFocusFirstInvalid,
  SectionHeading,
  compactTextarea,
} from "@/components/claims/detail/form-bits";
import { MentionInput } from "@/components/claims/detail/mention-input";
import { usePeople } from "@/components/claims/detail/use-reference-data";
import { useSubmit } from "@/components/claims/detail/use-submit";
import { ZCommentInput } from "@/lib/validation/claims";

// As the server reads mentions (lib/domain/comments/mentions): "@" not inside a word.
const MENTION = /(?<!\w)@([a-z0-9._-]+)/gi;

/** The body as text nodes, with the @handles of known people wrapped for emphasis. */
function withMentions(body: string, handles: ReadonlySet<string>): React.ReactNode[] {
  const parts: React.ReactNode[] = [];
  let last = 0;
  for (const match of body.matchAll(MENTION)) {
    const handle = (match[1] ?? "").replace(/\.+$/, "");
    if (!handles.has(handle.toLowerCase())) continue;
    const start = match.index;
    const end = start + handle.length + 1;
    parts.push(body.slice(last, start));
    parts.push(
      <span key={start} className="font-medium text-blue-900">
        {body.slice(start, end)}
      </span>,
    );
    last = end;
  }
  parts.push(body.slice(last));
  return parts;
}

export function CommentThread({
  detail,
  onChanged,
  composerNote,
}: {
  detail: ClaimDetailData;
  onChanged: () => void;
  /** When set, the composer is replaced by this note (another form is writing a comment). */
  composerNote?: string;
}) {
  const headingId = `discussion-${detail.id}`;
  const people = usePeople();
  const handles = new Set(people.items.map((p) => p.handle));
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-2">
      <SectionHeading
        id={headingId}
        aside={detail.comments.length > 0 ? `${detail.comments.length}` : undefined}
      >
        Discussion
      </SectionHeading>
      {detail.comments.length === 0 ? (
        <p className="text-xs text-slate-600">No comments yet.</p>
      ) : (
        <ol className="flex flex-col gap-1.5">
          {detail.comments.map((comment) => (
            <li key={comment.id}>
              <CommentEntry comment={comment} handles={handles} />
            </li>
          ))}
        </ol>
      )}
      {detail.can.comment &&
        (composerNote ? (
          <p className="text-xs text-slate-600">{composerNote}</p>
        ) : (
          <CommentComposer claimId={detail.id} people={people.items} onPosted={onChanged} />
        ))}
    </section>
  );
}

function CommentEntry({ comment, handles }: { comment: DetailComment; handles: ReadonlySet<string> }) {
  return (
    <article className="rounded-md bg-slate-50 px-2 py-1.5">
      <p className="text-xs text-slate-600">
        <span className="font-medium text-slate-900">{comment.author.name}</span> ·{" "}
        <RelativeTime iso={comment.createdAt} />
      </p>
      <p className="mt-0.5 text-[13px] whitespace-pre-wrap break-words text-slate-900">
        {withMentions(comment.body, handles)}
      </p>
    </article>
  );
}

function CommentComposer({
  claimId,
  people,
  onPosted,
}: {
  claimId: string;
  people: readonly Person[];
  onPosted: () => void;
}) {
  const id = useId();
  const submit = useSubmit();
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, submit.error);
  const [body, setBody] = useState("");

  async function post() {
    if (submit.pending || !submit.check(ZCommentInput, { body })) return;
    const result = await submit.run(() => claimApi.addComment(claimId, { body }), "Comment posted.");
    if (!result) return;
    setBody("");
    onPosted();
  }

  return (
    // No aria-label here: tests and people find the box by its label, "Comment", alone.
    <form
      ref={formRef}
      noValidate
      className="flex flex-col gap-1.5"
      onSubmit={(e) => {
        e.preventDefault();
        void post();
      }}
    >
      <Field
        id={`${id}-comment`}
        label="Comment"
        hint="Type @ to mention a colleague. Ctrl+Enter posts."
        error={submit.fieldErrors.body}
      >
        {(control) => (
          <MentionInput
            {...control}
            className={compactTextarea}
            value={body}
            onChange={setBody}
            onSubmit={() => void post()}
            people={people}
          />
        )}
      </Field>
      <FormAlert error={submit.error} fields={["body"]} />
      <Button type="submit" size="sm" variant="outline" className="self-start" disabled={submit.pending}>
        Post comment
      </Button>
    </form>
  );
}
