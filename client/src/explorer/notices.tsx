/** Notices over the graph: that the overview is capped, and one message about the last thing done, with an action. */
import { count } from './format.js';

export interface Notice {
  text: string;
  action?: { label: string; run: () => void };
}

export interface NoticesProps {
  notice: Notice | null;
  /** Entities the overview shows when the server capped it; null when it holds the whole graph. */
  cappedAt: number | null;
  onDismiss: () => void;
}

export function Notices({ notice, cappedAt, onDismiss }: NoticesProps) {
  if (!notice && cappedAt === null) return null;
  return (
    <div className="notices">
      {cappedAt !== null && <p className="notice">Showing the first {count(cappedAt)} entities; the graph holds more.</p>}
      {notice && (
        <p className="notice" role="status">
          {notice.text}
          {notice.action && (
            <button type="button" className="link" onClick={() => { notice.action!.run(); onDismiss(); }}>
              {notice.action.label}
            </button>
          )}
          <button type="button" className="notice-close" onClick={onDismiss} aria-label="Dismiss">×</button>
        </p>
      )}
    </div>
  );
}
