/** The rejection a plan page was opened for (`popup.html?id=N`), if the address names a valid one. */
export function requestedPlanId(search: string): number | undefined {
  const raw = new URLSearchParams(search).get('id');
  const id = Number(raw);
  return raw && Number.isSafeInteger(id) && id > 0 ? id : undefined;
}
