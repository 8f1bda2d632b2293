/**
 * A '#rrggbb' colour with an alpha channel, as an rgba() string (other colour strings unchanged).
 * @example withAlpha('#0072B2', 0.5) // 'rgba(0, 114, 178, 0.5)'
 */
export function withAlpha(color: string, alpha: number): string {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  if (!m) return color;
  return `rgba(${parseInt(m[1], 16)}, ${parseInt(m[2], 16)}, ${parseInt(m[3], 16)}, ${alpha})`;
}
