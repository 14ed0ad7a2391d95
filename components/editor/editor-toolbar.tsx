"use client";
import { useLayoutEffect, useRef, useState } from "react";
import { useEditorState, type Editor } from "@tiptap/react";
import { redoDepth, undoDepth } from "@tiptap/pm/history";
import { Popover, Toolbar } from "radix-ui";
import { Bold, Heading2, Heading3, Highlighter, Italic, Link2, Pilcrow, Redo2, Undo2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Tooltip } from "@/components/ui/tooltip";
import { useAfterFirstPaint } from "@/components/editor/use-after-first-paint";
import { isAllowedHref } from "@/lib/domain/document/link-policy";

export function shortcutLabel(keys: string): string {
  const mac = typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform);
  return keys
    .replace("Mod", mac ? "⌘" : "Ctrl")
    .replace("Alt", mac ? "⌥" : "Alt")
    .replace("Shift", mac ? "⇧" : "Shift")
    .split("-")
    .map((k) => (k.length === 1 ? k.toUpperCase() : k))
    .join(mac ? "" : "+");
}

/**
 * The hover hints and the link popover's machinery (Radix) are not needed to show the text:
 * they join the buttons once the editor has painted, so opening an article does not render
 * ten tooltips first. Until then each button is the same button without its hint.
 */
function Hint({ on, content, children }: { on: boolean; content: string; children: React.ReactElement }) {
  return on ? <Tooltip content={content}>{children}</Tooltip> : children;
}

export function EditorToolbar({
  editor,
  canEdit,
  canMark,
  onMarkClaim,
  markShortcut,
}: {
  editor: Editor;
  canEdit: boolean;
  canMark: boolean;
  onMarkClaim: () => void;
  markShortcut: string;
}) {
  const s = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive("bold"),
      italic: e.isActive("italic"),
      link: e.isActive("link"),
      h2: e.isActive("heading", { level: 2 }),
      h3: e.isActive("heading", { level: 3 }),
      // The history's depths, not e.can().undo(): that dry-runs an undo on every keystroke.
      canUndo: undoDepth(e.state) > 0,
      canRedo: redoDepth(e.state) > 0,
    }),
  });
  const hints = useAfterFirstPaint(true);
  // The buttons are remade when their hints join them: a button that had the focus keeps it.
  const root = useRef<HTMLDivElement>(null);
  const focused = useRef<string | null>(null);
  useLayoutEffect(() => {
    const label = focused.current;
    // Focus that went nowhere (the body): the button it was on was just replaced.
    if (!hints || !label || document.activeElement !== document.body) return;
    root.current
      ?.querySelector<HTMLElement>(`[data-tool="${CSS.escape(label)}"]`)
      ?.focus({ preventScroll: true });
  }, [hints]);

  return (
    // One Tab stop; the arrow keys, Home and End move between its buttons (WAI-ARIA toolbar).
    <Toolbar.Root
      ref={root}
      onFocus={(event) => (focused.current = event.target.getAttribute("data-tool"))}
      onBlur={(event) => {
        // A removed button's blur has no next target; moving anywhere else has one.
        if (event.relatedTarget !== null) focused.current = null;
      }}
      aria-label="Formatting"
      className="flex flex-wrap items-center gap-1 border-b border-slate-200 bg-white px-2 py-1.5"
    >
      {canEdit && (
        <>
          <ToolButton
            hints={hints}
            label="Bold"
            keys="Mod-b"
            active={s.bold}
            onClick={() => editor.chain().focus().toggleBold().run()}
          >
            <Bold />
          </ToolButton>
          <ToolButton
            hints={hints}
            label="Italic"
            keys="Mod-i"
            active={s.italic}
            onClick={() => editor.chain().focus().toggleItalic().run()}
          >
            <Italic />
          </ToolButton>
          <LinkButton editor={editor} active={s.link} ready={hints} />
          <Toolbar.Separator className="mx-1 h-5 w-px bg-slate-200" />
          <ToolButton
            hints={hints}
            label="Paragraph"
            keys="Mod-Alt-0"
            onClick={() => editor.chain().focus().setParagraph().run()}
          >
            <Pilcrow />
          </ToolButton>
          <ToolButton
            hints={hints}
            label="Heading"
            keys="Mod-Alt-2"
            active={s.h2}
            onClick={() => editor.chain().focus().toggleHeading({ level: 2 }).run()}
          >
            <Heading2 />
          </ToolButton>
          <ToolButton
            hints={hints}
            label="Subheading"
            keys="Mod-Alt-3"
            active={s.h3}
            onClick={() => editor.chain().focus().toggleHeading({ level: 3 }).run()}
          >
            <Heading3 />
          </ToolButton>
          <Toolbar.Separator className="mx-1 h-5 w-px bg-slate-200" />
          <ToolButton
            hints={hints}
            label="Undo"
            keys="Mod-z"
            disabled={!s.canUndo}
            onClick={() => editor.chain().focus().undo().run()}
          >
            <Undo2 />
          </ToolButton>
          <ToolButton
            hints={hints}
            label="Redo"
            keys="Mod-Shift-z"
            disabled={!s.canRedo}
            onClick={() => editor.chain().focus().redo().run()}
          >
            <Redo2 />
          </ToolButton>
          <Toolbar.Separator className="mx-1 h-5 w-px bg-slate-200" />
        </>
      )}
      {canMark && (
        <Hint on={hints} content={`Mark the selected text as a claim (${shortcutLabel(markShortcut)})`}>
          <Toolbar.Button asChild>
            <Button
              size="sm"
              variant="outline"
              data-tool="mark"
              aria-keyshortcuts={markShortcut.replace("Mod", "Control")}
              onMouseDown={(e) => e.preventDefault()}
              onClick={onMarkClaim}
            >
              <Highlighter aria-hidden="true" />
              Mark as claim
            </Button>
          </Toolbar.Button>
        </Hint>
      )}
    </Toolbar.Root>
  );
}

function ToolButton({
  hints,
  label,
  keys,
  active,
  disabled,
  onClick,
  children,
}: {
  hints: boolean;
  label: string;
  keys: string;
  active?: boolean;
  disabled?: boolean;
  onClick: () => void;
  children: React.ReactNode;
}) {
  return (
    <Hint on={hints} content={`${label} (${shortcutLabel(keys)})`}>
      <Toolbar.Button asChild>
        <Button
          size="icon"
          variant="ghost"
          aria-label={label}
          data-tool={label}
          aria-pressed={active === undefined ? undefined : active}
          disabled={disabled}
          className={active ? "bg-slate-200" : undefined}
          onMouseDown={(e) => e.preventDefault()}
          onClick={onClick}
        >
          {children}
        </Button>
      </Toolbar.Button>
    </Hint>
  );
}

function LinkButton({ editor, active, ready }: { editor: Editor; active: boolean; ready: boolean }) {
  const [open, setOpen] = useState(false);
  const [href, setHref] = useState("");
  const [error, setError] = useState<string>();

  function apply(event: React.FormEvent) {
    event.preventDefault();
    const value = href.trim();
    if (!value) {
      editor.chain().focus().extendMarkRange("link").unsetLink().run();
      setOpen(false);
      return;
    }
    const withScheme = /^[a-z]+:/i.test(value) ? value : `https://${value}`;
    if (!isAllowedHref(withScheme)) {
      setError("Use an http, https or mailto address.");
      return;
    }
    editor.chain().focus().extendMarkRange("link").setLink({ href: withScheme }).run();
    setOpen(false);
  }

  const button = (
    <Toolbar.Button asChild>
      <Button
        size="icon"
        variant="ghost"
        aria-label="Link"
        data-tool="Link"
        aria-pressed={active}
        className={active ? "bg-slate-200" : undefined}
      >
        <Link2 />
      </Button>
    </Toolbar.Button>
  );
  if (!ready) return button;
  return (
    <Popover.Root
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        setError(undefined);
        if (next) setHref(String(editor.getAttributes("link").href ?? ""));
      }}
    >
      <Popover.Trigger asChild>{button}</Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          sideOffset={6}
          className="z-50 w-80 rounded-md border border-slate-200 bg-white p-3 shadow-md"
        >
          <form onSubmit={apply} className="space-y-2">
            <label htmlFor="link-href" className="text-sm font-medium">
              Link address
            </label>
            <Input
              id="link-href"
              value={href}
              onChange={(e) => setHref(e.target.value)}
              placeholder="https://…"
              autoFocus
            />
            {error && <p className="text-[13px] text-red-800">{error}</p>}
            <div className="flex justify-end gap-2">
              <Button size="sm" variant="ghost" onClick={() => setOpen(false)}>
                Cancel
              </Button>
              <Button size="sm" type="submit">
                {href.trim() ? "Apply" : "Remove link"}
              </Button>
            </div>
          </form>
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
