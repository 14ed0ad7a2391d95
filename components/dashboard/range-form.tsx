// The date range, as a plain GET form: the choice lives in the URL (?from=&to=), works
// before the page's scripts load, and a refused range keeps what was typed.
import { Button } from "@/components/ui/button";

export function RangeForm({
  from,
  to,
  errors,
}: {
  from: string;
  to: string;
  errors: Partial<Record<"from" | "to", string>>;
}) {
  const field = (name: "from" | "to", label: string, value: string) => (
    <div className="flex flex-col gap-1">
      <label htmlFor={`dashboard-${name}`} className="text-xs font-medium text-slate-700">
        {label}
      </label>
      <input
        id={`dashboard-${name}`}
        name={name}
        type="date"
        defaultValue={value}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={errors[name] ? `dashboard-${name}-error` : undefined}
        className="h-9 rounded-md border border-slate-300 bg-white px-2 text-sm"
      />
      {errors[name] && (
        <p id={`dashboard-${name}-error`} role="alert" className="text-xs text-red-700">
          {errors[name]}
        </p>
      )}
    </div>
  );
  return (
    <form
      method="get"
      action="/dashboard"
      className="flex flex-wrap items-start gap-3"
      aria-label="Date range"
    >
      {field("from", "From (UTC)", from)}
      {field("to", "To (UTC)", to)}
      <Button type="submit" variant="outline" className="mt-5">
        Show
      </Button>
    </form>
  );
}
