"use client";
import { Button } from "@/components/ui/button";

export default function DeskError({ reset }: { error: Error; reset: () => void }) {
  return (
    <div className="mx-auto max-w-xl px-4 py-16 text-center" role="alert">
      <h1 className="text-lg font-semibold">Something went wrong loading this page.</h1>
      <p className="mt-2 text-sm text-slate-600">Nothing you saved is lost. Try again in a moment.</p>
      <Button className="mt-6" onClick={reset}>
        Try again
      </Button>
    </div>
  );
}
