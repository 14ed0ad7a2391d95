"use client";
// The verdict scale and the list of people, shared by every open claim (cached in api.ts).
import { useEffect, useState } from "react";
import { loadPeople, loadRatings, type Person, type RatingOption } from "@/components/claims/detail/api";

function useLoaded<T>(load: () => Promise<T[]>, enabled: boolean): { items: T[]; failed: boolean } {
  const [items, setItems] = useState<T[]>([]);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    load().then(
      (loaded) => live && setItems(loaded),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [load, enabled]);
  return { items, failed };
}

export function usePeople(enabled = true) {
  return useLoaded<Person>(loadPeople, enabled);
}

export function useRatings(enabled = true) {
  return useLoaded<RatingOption>(loadRatings, enabled);
}
