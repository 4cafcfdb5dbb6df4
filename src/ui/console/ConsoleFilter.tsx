/** Props of {@link ConsoleFilter}. */
export interface ConsoleFilterProps {
  requests: readonly { request: number; label: string }[];
  /** The request shown, or null for all. */
  value: number | null;
  onChange(request: number | null): void;
}

/** Chooses whose output the console shows: every request's, or one's. */
export function ConsoleFilter({ requests, value, onChange }: ConsoleFilterProps) {
  return (
    <label className="console-filter">
      <span className="visually-hidden">Show output of</span>
      <select
        value={value === null ? "all" : String(value)}
        onChange={(e) => onChange(e.target.value === "all" ? null : Number(e.target.value))}
      >
        <option value="all">All requests</option>
        {requests.map((r) => (
          <option key={r.request} value={String(r.request)}>
            {r.label}
          </option>
        ))}
        {value !== null && !requests.some((r) => r.request === value) && (
          <option value={String(value)}>#{value}</option>
        )}
      </select>
    </label>
  );
}
