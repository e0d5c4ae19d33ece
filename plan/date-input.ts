const pad = (value: number) => String(value).padStart(2, '0');

/** A day as an `<input type="date">` holds it (`YYYY-MM-DD`), in local time. */
export function toDateInput(at: number): string {
  const day = new Date(at);
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

/** The start of the day a date input holds, in local time; undefined when it holds no valid date. */
export function fromDateInput(value: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const at = new Date(year, month - 1, day);
  return at.getMonth() === month - 1 && at.getDate() === day ? at.getTime() : undefined;
}
