/** Exported images with their caption line under the graph; SVGs get the viewBox that lets them scale. */

const FONT = '"Inter", "Segoe UI", system-ui, -apple-system, sans-serif';

/** The PNG with a white band under it carrying `caption`. `scale` is the PNG's pixel ratio (text is sized by it). */
export async function captionPng(png: Blob, caption: string, scale = 2): Promise<Blob> {
  const img = await createImageBitmap(png);
  const size = 13 * scale;
  const band = Math.round(size * 2.2);
  const canvas = document.createElement('canvas');
  canvas.width = img.width;
  canvas.height = img.height + band;
  const g = canvas.getContext('2d')!;
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, canvas.width, canvas.height);
  g.drawImage(img, 0, 0);
  g.fillStyle = '#495057';
  g.font = `${size}px ${FONT}`;
  g.textBaseline = 'middle';
  g.fillText(fit(g, caption, canvas.width - 2 * size), size, img.height + band / 2);
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the image could not be encoded'))), 'image/png'));
}

/** Cuts the text with an ellipsis so it fits `width`. */
function fit(g: CanvasRenderingContext2D, text: string, width: number): string {
  if (g.measureText(text).width <= width) return text;
  let t = text;
  while (t.length > 1 && g.measureText(`${t}…`).width > width) t = t.slice(0, -1);
  return `${t}…`;
}

/**
 * The SVG with a `viewBox` (so it scales in a page or an editor) and a caption line under the graph. cytoscape-svg
 * writes only `width` and `height` on the root element.
 */
export function captionSvg(svg: string, caption: string): string {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const root = doc.documentElement;
  const w = parseFloat(root.getAttribute('width') ?? '0') || 0;
  const h = parseFloat(root.getAttribute('height') ?? '0') || 0;
  const band = 30;
  root.setAttribute('width', String(w));
  root.setAttribute('height', String(h + band));
  root.setAttribute('viewBox', `0 0 ${w} ${h + band}`);
  const ns = 'http://www.w3.org/2000/svg';
  const bg = doc.createElementNS(ns, 'rect');
  for (const [k, v] of Object.entries({ x: '0', y: String(h), width: String(w), height: String(band), fill: '#ffffff' })) bg.setAttribute(k, v);
  const text = doc.createElementNS(ns, 'text');
  for (const [k, v] of Object.entries({ x: '12', y: String(h + band / 2), 'dominant-baseline': 'middle', 'font-size': '13', fill: '#495057', 'font-family': FONT })) text.setAttribute(k, v);
  text.setAttribute('class', 'caption');
  text.textContent = caption;
  root.appendChild(bg);
  root.appendChild(text);
  return new XMLSerializer().serializeToString(doc);
}
