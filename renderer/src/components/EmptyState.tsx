// An empty panel that says why it is empty and what to do next. No buttons that do nothing.
import type { ReactNode } from 'react';

export function EmptyState({ title, body, next, icon }: { title: string; body: ReactNode; next?: ReactNode; icon?: ReactNode }) {
  return (
    <div className="empty-state">
      {icon && (
        <div className="empty-icon" aria-hidden="true">
          {icon}
        </div>
      )}
      <h3>{title}</h3>
      <p>{body}</p>
      {next && <p className="empty-next">{next}</p>}
    </div>
  );
}
