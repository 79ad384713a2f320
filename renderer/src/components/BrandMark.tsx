// The product mark: a seal-like square with a check, drawn in SVG so it needs no image request.
export function BrandMark({ size = 28 }: { size?: number }) {
  return (
    <svg className="brand-mark" width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect x="2" y="2" width="28" height="28" rx="6" className="brand-mark-bg" />
      <path d="M9 16.5l4.5 4.5L23 11.5" className="brand-mark-check" fill="none" strokeWidth="3" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
