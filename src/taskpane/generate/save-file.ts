// Hands a generated file to the user as a download: made in the pane, never sent anywhere.
export function saveFile(name: string, content: Uint8Array | string, type: string): void {
  const blob = new Blob([content as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A file name from the meeting's group: "TSAG WP2 actions.xlsx". */
export function fileNameFor(group: string | undefined, what: string): string {
  const prefix = (group ?? '').replace(/[\\/:*?"<>|]+/g, ' ').trim();
  return prefix ? `${prefix} ${what}` : what;
}
