export default function Loading() {
  return (
    <div className="mx-auto max-w-[1400px] px-4 py-8 text-sm text-slate-600" role="status">
      Loading…
    </div>
  );
}
