/** Hands a file to the browser's downloads, named `fileName` (a temporary object URL and `<a download>`). */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next turn: some browsers read the URL only after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
