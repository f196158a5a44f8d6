/**
 * Hands a file to the browser's download. The object URL is revoked a little later, not at
 * once: some browsers (Safari, older Firefox) start reading the Blob only after `click()`
 * returns, and a revoked URL would cancel the download.
 */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 30_000);
  }
}
