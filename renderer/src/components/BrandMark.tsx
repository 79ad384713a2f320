// The product mark: a shield (the vault) with a magnifying lens (the investigation), drawn in SVG so it
// needs no image request.
export function BrandMark({ size = 28 }: { size?: number }) {
  return (
    <svg className="brand-mark" width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <path d="M16 2.5l11.5 4.2v8.6c0 7.1-4.9 12-11.5 14.2C9.4 27.3 4.5 22.4 4.5 15.3V6.7z" className="brand-mark-bg" />
      <circle cx="14.5" cy="14" r="4.6" className="brand-mark-line" fill="none" strokeWidth="2.2" />
      <path d="M18 17.6l3.8 3.8" className="brand-mark-line" strokeWidth="2.4" strokeLinecap="round" />
    </svg>
  );
}
