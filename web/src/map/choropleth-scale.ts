/**
 * Count classes for the choropleth: zero apart, then up to five classes growing geometrically,
 * because incident counts are skewed (a few countries hold most of them).
 */
export type ChoroplethClass = { min: number; max: number; colour: string; label: string };

/** ColorBrewer YlOrRd, light to dark; zero is a neutral grey, apart from the scale. */
const ramp = ["#fed976", "#feb24c", "#fd8d3c", "#f03b20", "#bd0026"];
export const ZERO_COLOUR = "#e4e4e4";

export function choroplethClasses(maxCount: number): ChoroplethClass[] {
  const zero: ChoroplethClass = { min: 0, max: 0, colour: ZERO_COLOUR, label: "0" };
  if (maxCount < 1) return [zero];
  const steps = Math.min(ramp.length, maxCount);
  const uppers = [
    ...new Set(
      Array.from({ length: steps }, (_, i) =>
        maxCount <= ramp.length ? i + 1 : Math.ceil(maxCount ** ((i + 1) / steps)),
      ),
    ),
  ];
  const classes = uppers.map((max, i) => {
    const min = i === 0 ? 1 : (uppers[i - 1] as number) + 1;
    return { min, max, colour: "", label: min === max ? `${min}` : `${min}–${max}` };
  });
  // Spread the colours over the whole ramp when there are fewer classes than colours.
  for (const [i, c] of classes.entries()) {
    c.colour = ramp[Math.round((i * (ramp.length - 1)) / Math.max(1, classes.length - 1))] as string;
  }
  return [zero, ...classes];
}

export function colourForCount(count: number, classes: ChoroplethClass[]): string {
  return (
    classes.find((c) => count >= c.min && count <= c.max)?.colour ?? classes.at(-1)?.colour ?? ZERO_COLOUR
  );
}
