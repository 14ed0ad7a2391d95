"use client";
import { useState } from "react";
import { toast } from "sonner";
import { BellRing } from "lucide-react";
import { Button } from "@/components/ui/button";
import { fieldClass, Label } from "@/components/ui/input";
import {
  CHANNEL_LABELS,
  DIGEST_FREQUENCIES,
  DIGEST_LABELS,
  KIND_LABELS,
  NOTIFICATION_CHANNELS,
  NOTIFICATION_KINDS,
  type DigestFrequency,
  type NotificationChannel,
  type NotificationKind,
} from "@/lib/domain/notifications/preferences";

export interface NotificationPreferencesView {
  digest: DigestFrequency;
  channels: Record<NotificationKind, NotificationChannel>;
  emailConfigured: boolean;
}

interface ErrorBody {
  error?: { message?: string };
}

/**
 * What notifies me, kind by kind (in the app and by email, in the app only, or off), and how
 * often the email digest may come. Saved together with one button.
 */
export function NotificationPreferencesForm({ initial }: { initial: NotificationPreferencesView }) {
  const [digest, setDigest] = useState(initial.digest);
  const [channels, setChannels] = useState(initial.channels);
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<string>();

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setMessage(undefined);
    try {
      const response = await fetch("/api/v1/account/notifications", {
        method: "PUT",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ digest, channels }),
      });
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as ErrorBody | null;
        setMessage(body?.error?.message ?? "Your choices were not saved. Try again.");
        return;
      }
      const saved = (await response.json()) as NotificationPreferencesView;
      setDigest(saved.digest);
      setChannels(saved.channels);
      toast.success("Notification choices saved.");
    } catch {
      setMessage("Could not reach the server. Check your connection and try again.");
    } finally {
      setPending(false);
    }
  }

  return (
    <section
      id="notifications"
      aria-labelledby="notifications-heading"
      className="scroll-mt-16 rounded-lg border border-slate-200 bg-white p-4"
    >
      <h2 id="notifications-heading" className="mb-1 text-lg font-semibold">
        Notifications
      </h2>
      <p className="mb-4 text-sm text-slate-600">
        What the bell tells you about, and what also reaches you by email. Notifications you open in Claimdesk
        are not emailed.
      </p>
      {!initial.emailConfigured && (
        <p role="note" className="mb-4 rounded-md bg-amber-50 p-3 text-sm text-amber-900">
          This server has no email set up, so nothing is emailed yet. Your email choices apply once an
          administrator sets <code>SMTP_URL</code>.
        </p>
      )}
      <form onSubmit={submit} className="space-y-4">
        {NOTIFICATION_KINDS.map((kind) => (
          <fieldset key={kind} className="space-y-1">
            <legend className="text-sm font-medium text-slate-900">{KIND_LABELS[kind].label}</legend>
            <p className="text-xs text-slate-600">{KIND_LABELS[kind].description}</p>
            <div className="flex flex-wrap gap-x-4 gap-y-1">
              {NOTIFICATION_CHANNELS.map((channel) => (
                <label key={channel} className="flex items-center gap-1.5 text-sm text-slate-800">
                  <input
                    type="radio"
                    name={`channel-${kind}`}
                    value={channel}
                    checked={channels[kind] === channel}
                    onChange={() => setChannels((current) => ({ ...current, [kind]: channel }))}
                  />
                  {CHANNEL_LABELS[channel]}
                </label>
              ))}
            </div>
          </fieldset>
        ))}
        <div className="space-y-1">
          <Label htmlFor="digest">Email digest</Label>
          <select
            id="digest"
            className={fieldClass}
            value={digest}
            onChange={(event) => setDigest(event.target.value as DigestFrequency)}
            aria-describedby="digest-help"
          >
            {DIGEST_FREQUENCIES.map((frequency) => (
              <option key={frequency} value={frequency}>
                {DIGEST_LABELS[frequency]}
              </option>
            ))}
          </select>
          <p id="digest-help" className="text-xs text-slate-600">
            One email gathers your unread notifications of the kinds above that go by email.
          </p>
        </div>
        <div role="alert" aria-live="assertive" className="text-sm text-red-700">
          {message}
        </div>
        <Button type="submit" disabled={pending}>
          <BellRing aria-hidden="true" />
          {pending ? "Saving…" : "Save notification choices"}
        </Button>
      </form>
    </section>
  );
}
