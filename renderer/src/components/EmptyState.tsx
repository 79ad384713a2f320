// An empty panel that says why it is empty and what to do next. No buttons that do nothing.
import type { ReactNode } from 'react';

interface EmptyStateProps {
  title: string;
  body?: ReactNode;
  next?: ReactNode;
  icon?: ReactNode;
  /** A real action that resolves the emptiness (never a placeholder). */
  action?: ReactNode;
}

export function EmptyState({ title, body, next, icon, action }: EmptyStateProps) {
  return (
    <div className="empty-state">
      {icon && (
        <div className="empty-icon" aria-hidden="true">
          {icon}
        </div>
      )}
      <h3>{title}</h3>
      {body && <p>{body}</p>}
      {next && <p className="empty-next">{next}</p>}
      {action && <div className="empty-action">{action}</div>}
    </div>
  );
}
