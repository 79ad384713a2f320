// A key fingerprint laid out in a fixed grid of four-character groups, so two people comparing it aloud
// can say "row two, group three" and find the same place.
export function Fingerprint({ value }: { value: string }) {
  const colon = value.indexOf(':');
  const algorithm = colon >= 0 ? value.slice(0, colon) : '';
  const groups = (colon >= 0 ? value.slice(colon + 1) : value).trim().split(/\s+/);
  return (
    <div className="fingerprint">
      <span className="visually-hidden">{value}</span>
      {algorithm && (
        <span className="fingerprint-algo" aria-hidden="true">
          {algorithm}
        </span>
      )}
      <span className="fingerprint-groups" aria-hidden="true">
        {groups.map((g, i) => (
          <span key={i}>{g}</span>
        ))}
      </span>
    </div>
  );
}
