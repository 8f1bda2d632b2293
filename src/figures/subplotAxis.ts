/**
 * Plotly's names for the axes of subplot `index` (0-based): the trace reference ('x', 'x2', ...)
 * and the layout key ('xaxis', 'xaxis2', ...).
 * @example subplotAxis('y', 1) // { ref: 'y2', key: 'yaxis2' }
 */
export function subplotAxis(letter: 'x' | 'y', index: number): { ref: string; key: string } {
  if (!(Number.isInteger(index) && index >= 0)) throw new Error(`subplotAxis: index = ${index}, expected a non-negative integer`);
  const suffix = index === 0 ? '' : String(index + 1);
  return { ref: `${letter}${suffix}`, key: `${letter}axis${suffix}` };
}
