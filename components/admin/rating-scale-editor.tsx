"use client";
import { useState } from "react";
import { toast } from "sonner";
import { Archive, ArchiveRestore, ArrowDown, ArrowUp, Pencil, Plus } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { OFF_SCALE_VALUE } from "@/lib/validation/admin";
import { callAdminApi } from "@/components/admin/admin-api";
import { RatingForm, type RatingFormValues } from "@/components/admin/rating-form";
import type { AdminRating } from "@/components/admin/types";

const COLUMNS = 6;

/** The verdict scale as an ordered table: move, rename, retire or restore, add. */
export function RatingScaleEditor({ initialRatings }: { initialRatings: AdminRating[] }) {
  const [ratings, setRatings] = useState(initialRatings);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [busy, setBusy] = useState(false);

  async function reload() {
    const result = await callAdminApi<{ ratings: AdminRating[] }>("ratings");
    if (result.ok) setRatings(result.data.ratings);
  }

  async function move(index: number, delta: -1 | 1) {
    const ids = ratings.map((r) => r.id);
    const [moved] = ids.splice(index, 1);
    const rating = ratings[index];
    if (!moved || !rating) return;
    ids.splice(index + delta, 0, moved);
    setBusy(true);
    const result = await callAdminApi<{ ratings: AdminRating[] }>("ratings/reorder", {
      method: "POST",
      body: { ratingIds: ids },
    });
    setBusy(false);
    if (result.ok) {
      setRatings(result.data.ratings);
      toast.success(`Moved “${rating.label}” ${delta < 0 ? "up" : "down"}.`);
    } else {
      toast.error(result.message);
      await reload();
    }
  }

  async function setRetired(rating: AdminRating, retired: boolean) {
    setBusy(true);
    const result = await callAdminApi<AdminRating>(`ratings/${rating.id}`, {
      method: "PATCH",
      body: { retired },
    });
    setBusy(false);
    if (!result.ok) {
      toast.error(result.issues[0]?.message ?? result.message);
      return;
    }
    setRatings((list) => list.map((r) => (r.id === rating.id ? result.data : r)));
    toast.success(
      retired
        ? `Retired “${rating.label}”. Old verdicts keep it; new ones cannot use it.`
        : `“${rating.label}” can be chosen again.`,
    );
  }

  async function saveEdit(rating: AdminRating, values: RatingFormValues) {
    const result = await callAdminApi<AdminRating>(`ratings/${rating.id}`, { method: "PATCH", body: values });
    if (result.ok) {
      setRatings((list) => list.map((r) => (r.id === rating.id ? result.data : r)));
      setEditingId(null);
      toast.success(`Saved “${result.data.label}”.`);
    } else if (result.issues.length === 0) {
      toast.error(result.message);
    }
    return result;
  }

  async function add(values: RatingFormValues) {
    const result = await callAdminApi<AdminRating>("ratings", { method: "POST", body: values });
    if (result.ok) {
      await reload();
      setAdding(false);
      toast.success(`Added “${result.data.label}” at the end of the scale.`);
    } else if (result.issues.length === 0) {
      toast.error(result.message);
    }
    return result;
  }

  return (
    <div className="space-y-3">
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-sm">
          <caption className="sr-only">Verdict scale, in the order offered to fact-checkers</caption>
          <thead className="border-b border-slate-200 bg-slate-50 text-left text-xs tracking-wide text-slate-600 uppercase">
            <tr>
              <th scope="col" className="w-12 px-3 py-2 font-medium">
                #
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                Label
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                Published as
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                ClaimReview value
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                Sources
              </th>
              <th scope="col" className="px-3 py-2 text-right font-medium">
                Actions
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {ratings.map((rating, index) =>
              editingId === rating.id ? (
                <tr key={rating.id} className="bg-slate-50">
                  <td className="px-3 py-2 align-top text-slate-600">{index + 1}</td>
                  <td colSpan={COLUMNS - 1} className="px-3 py-3">
                    <RatingForm
                      idPrefix={`rating-${rating.id}`}
                      initial={rating}
                      submitLabel="Save rating"
                      onSubmit={(values) => saveEdit(rating, values)}
                      onCancel={() => setEditingId(null)}
                    />
                  </td>
                </tr>
              ) : (
                <tr key={rating.id} className={rating.retired ? "bg-slate-50 text-slate-600" : undefined}>
                  <td className="px-3 py-2 text-slate-600">{index + 1}</td>
                  <td className="px-3 py-2">
                    <span className="font-medium text-slate-900">{rating.label}</span>
                    {rating.retired && (
                      <Badge className="ml-2 border-slate-300 bg-white text-slate-700">
                        <Archive aria-hidden="true" />
                        Retired
                      </Badge>
                    )}
                  </td>
                  <td className="px-3 py-2">{rating.alternateName}</td>
                  <td className="px-3 py-2">
                    {rating.ratingValue === OFF_SCALE_VALUE
                      ? `Not on the scale (${rating.worstRating}–${rating.bestRating})`
                      : `${rating.ratingValue} of ${rating.worstRating}–${rating.bestRating}`}
                  </td>
                  <td className="px-3 py-2">{rating.requiresSources ? "Required" : "Optional"}</td>
                  <td className="px-3 py-2">
                    <div className="flex justify-end gap-1">
                      <Button
                        variant="ghost"
                        size="icon"
                        aria-label={`Move “${rating.label}” up`}
                        title="Move up"
                        disabled={busy || index === 0}
                        onClick={() => void move(index, -1)}
                      >
                        <ArrowUp aria-hidden="true" />
                      </Button>
                      <Button
                        variant="ghost"
                        size="icon"
                        aria-label={`Move “${rating.label}” down`}
                        title="Move down"
                        disabled={busy || index === ratings.length - 1}
                        onClick={() => void move(index, 1)}
                      >
                        <ArrowDown aria-hidden="true" />
                      </Button>
                      <Button
                        variant="outline"
                        size="sm"
                        aria-label={`Edit “${rating.label}”`}
                        disabled={busy}
                        onClick={() => setEditingId(rating.id)}
                      >
                        <Pencil aria-hidden="true" />
                        Edit
                      </Button>
                      <Button
                        variant="outline"
                        size="sm"
                        aria-label={`${rating.retired ? "Restore" : "Retire"} “${rating.label}”`}
                        disabled={busy}
                        onClick={() => void setRetired(rating, !rating.retired)}
                      >
                        {rating.retired ? (
                          <ArchiveRestore aria-hidden="true" />
                        ) : (
                          <Archive aria-hidden="true" />
                        )}
                        {rating.retired ? "Restore" : "Retire"}
                      </Button>
                    </div>
                  </td>
                </tr>
              ),
            )}
          </tbody>
        </table>
      </div>
      {adding ? (
        <div className="rounded-lg border border-slate-200 bg-white p-4">
          <h3 className="mb-3 text-sm font-semibold">New rating</h3>
          <RatingForm
            idPrefix="new-rating"
            submitLabel="Add rating"
            onSubmit={add}
            onCancel={() => setAdding(false)}
          />
        </div>
      ) : (
        <Button variant="outline" onClick={() => setAdding(true)}>
          <Plus aria-hidden="true" />
          Add rating
        </Button>
      )}
    </div>
  );
}
