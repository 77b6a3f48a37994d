/** The right-click menu of a node: what can be done from an entity without leaving the graph. */
import { useEffect, useRef } from 'react';
import type { EntityAction } from '../panels/entity-panel.js';

export interface NodeMenuProps {
  name: string;
  at: { x: number; y: number };
  onAction: (a: EntityAction) => void;
  onClose: () => void;
}

const ITEMS: { label: string; action: EntityAction }[] = [
  { label: 'Expand neighbours', action: { type: 'expand' } },
  { label: 'Hide', action: { type: 'hide' } },
  { label: 'Trace upstream', action: { type: 'trace', dir: 'up' } },
  { label: 'Trace downstream', action: { type: 'trace', dir: 'down' } },
  { label: 'Chains from here', action: { type: 'chain-from' } },
  { label: 'Chains to here', action: { type: 'chain-to' } },
];

export function NodeMenu({ name, at, onAction, onClose }: NodeMenuProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.querySelector('button')?.focus();
    const onDown = (e: PointerEvent) => {
      if (!ref.current?.contains(e.target as Node)) onClose();
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
    };
    window.addEventListener('pointerdown', onDown, true);
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('pointerdown', onDown, true);
      window.removeEventListener('keydown', onKey);
    };
  }, [onClose]);
  return (
    <div ref={ref} className="node-menu" role="menu" aria-label={`Actions for ${name}`} style={{ left: at.x, top: at.y }} data-testid="node-menu">
      <p className="node-menu-title">{name}</p>
      {ITEMS.map((it) => (
        <button
          key={it.label}
          type="button"
          role="menuitem"
          onClick={() => {
            onAction(it.action);
            onClose();
          }}
        >
          {it.label}
        </button>
      ))}
    </div>
  );
}
