"use client";
import { useEffect, useState } from "react";

// Made on first use (it loads locale data): the top bar imports this on every page.
let rtf: Intl.RelativeTimeFormat | undefined;
const getFormat = () => (rtf ??= new Intl.RelativeTimeFormat("en", { numeric: "auto" }));
const STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["second", 60],
  ["minute", 60],
  ["hour", 24],
  ["day", 7],
  ["week", 4.35],
  ["month", 12],
  ["year", Infinity],
];

function describe(iso: string, now: number): string {
  let value = (new Date(iso).getTime() - now) / 1000;
  for (const [unit, size] of STEPS) {
    if (Math.abs(value) < size) return getFormat().format(Math.round(value), unit);
    value /= size;
  }
  return new Date(iso).toLocaleDateString();
}

/** "3 minutes ago", with the exact time on hover; rendered after mount to avoid clock skew. */
export function RelativeTime({ iso }: { iso: string }) {
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  const exact = new Date(iso).toLocaleString("en-GB", {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "UTC",
  });
  return (
    <time dateTime={iso} title={`${exact} UTC`}>
      {now === null ? `${exact} UTC` : describe(iso, now)}
    </time>
  );
}
