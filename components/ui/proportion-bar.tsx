/**
 * A bar as long as `share` (0–1) of its row, in the brand colour: a picture of a figure that is written
 * beside it, so it is hidden from screen readers. Anything above zero stays visible.
 */
export function ProportionBar({ share }: { share: number }) {
  const width = Math.min(1, Math.max(0, share)) * 100;
  return (
    <div
      aria-hidden="true"
      data-share={share}
      className="h-4 rounded-sm bg-brand"
      style={{ width: `${width}%`, minWidth: share > 0 ? "2px" : 0 }}
    />
  );
}
