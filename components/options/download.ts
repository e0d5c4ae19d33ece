/**
 * Hands a file to the browser's own downloads, as a link with `download` does: no downloads permission, and
 * the file is made here from data already in the page, so nothing leaves the machine.
 */
export function downloadFile(doc: Document, name: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // The download holds its own reference once started; the address is freed a little later to be sure.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** `comeback-backup-2025-03-12.json`: the local date, so files sort and tell their day. */
export function datedFileName(stem: string, extension: string, at: number): string {
  const date = new Date(at);
  const day = [date.getFullYear(), date.getMonth() + 1, date.getDate()]
    .map((part) => String(part).padStart(2, '0'))
    .join('-');
  return `comeback-${stem}-${day}.${extension}`;
}
