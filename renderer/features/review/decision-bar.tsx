/** The row of decision buttons; each shows the key that does the same thing. */
import { useTranslation } from 'react-i18next';
import { formatKey } from '../keyboard/key-label';
import { DEFAULT_KEYMAP, type Keymap, type ReviewAction } from '../../stores/keymap/keymap-keys';
import '../../styles/review-decisions.css';

/** The bar's order: decisions first, then moving, then help (the keymap lists next first). */
const BAR_ORDER: readonly ReviewAction[] = [
  'approve',
  'edit',
  'escalate',
  'skip',
  'undo',
  'previous',
  'next',
  'cheatsheet',
];

const LABEL_KEYS = {
  approve: 'review.actions.approve',
  edit: 'review.actions.edit',
  escalate: 'review.actions.escalate',
  skip: 'review.actions.skip',
  undo: 'review.actions.undo',
  previous: 'review.actions.previous',
  next: 'review.actions.next',
  cheatsheet: 'review.actions.cheatsheet',
} as const satisfies Record<ReviewAction, string>;

export interface DecisionBarProps {
  onAction: (action: ReviewAction) => void;
  /** Actions that cannot run now (a save in flight, the editor open, the queue's ends). */
  disabled: ReadonlySet<ReviewAction>;
  /** The live keymap (the reviewer may have remapped keys). */
  keys?: Keymap;
}

/** A toolbar of native buttons; `aria-keyshortcuts` tells assistive tech about each key. */
export function DecisionBar({ onAction, disabled, keys = DEFAULT_KEYMAP }: DecisionBarProps) {
  const { t } = useTranslation();
  return (
    <div className="decision-bar" role="toolbar" aria-label={t('review.actions.toolbar')}>
      {BAR_ORDER.map((action) => (
        <button
          key={action}
          type="button"
          className={`button decision-${action}`}
          disabled={disabled.has(action)}
          aria-keyshortcuts={formatKey(keys[action])}
          onClick={() => onAction(action)}
        >
          <span>{t(LABEL_KEYS[action])}</span>
          <kbd aria-hidden="true">{formatKey(keys[action])}</kbd>
        </button>
      ))}
    </div>
  );
}
