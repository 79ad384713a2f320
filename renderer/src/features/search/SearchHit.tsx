// A redacted cell with the match marked: the core sends the redacted text and the offsets of the match in
// it, so the mark never needs the raw value. Rendered as text (React escapes it).
export function SearchHit({ cell, mark }: { cell: string; mark: [number, number] | null }) {
  if (!mark || mark[0] < 0 || mark[1] > cell.length || mark[0] >= mark[1]) return <span className="mono">{cell}</span>;
  return (
    <span className="mono">
      {cell.slice(0, mark[0])}
      <mark>{cell.slice(mark[0], mark[1])}</mark>
      {cell.slice(mark[1])}
    </span>
  );
}
