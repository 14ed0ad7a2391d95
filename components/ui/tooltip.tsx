"use client";
import type * as React from "react";
import { Tooltip as T } from "radix-ui";

/** A hover/focus hint; the trigger keeps its own accessible name. */
export function Tooltip({ content, children }: { content: React.ReactNode; children: React.ReactElement }) {
  return (
    <T.Root delayDuration={300}>
      <T.Trigger asChild>{children}</T.Trigger>
      <T.Portal>
        <T.Content sideOffset={6} className="z-50 rounded bg-slate-900 px-2 py-1 text-xs text-white shadow">
          {content}
        </T.Content>
      </T.Portal>
    </T.Root>
  );
}

export const TooltipProvider = T.Provider;
