/** Saves `blob` as `fileName` through a temporary link (the console's CSP allows no other download path). */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The click starts the download synchronously; the URL can go once the event loop turns.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * A PNG of an SVG chart at `scale` times its size on a white background (journals want no
 * transparency). Drawn through an <img> from a data: URL, which the console's CSP (img-src data:) allows.
 */
export async function svgToPng(params: { svg: string; width: number; height: number; scale?: number }): Promise<Blob> {
  const scale = params.scale ?? 2;
  const image = new Image();
  image.decoding = 'sync';
  const loaded = new Promise<void>((resolve, reject) => {
    image.onload = () => resolve();
    image.onerror = () => reject(new Error('The chart could not be drawn as an image'));
  });
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(params.svg)}`;
  await loaded;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(params.width * scale);
  canvas.height = Math.round(params.height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('No 2D canvas in this browser');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'));
}
