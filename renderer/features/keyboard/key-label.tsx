/** How a shortcut key is shown: letters in capitals, arrows as arrows, always in a <kbd>. */
import { useTranslation } from 'react-i18next';

const SYMBOLS: Record<string, string> = {
  ArrowUp: '↑',
  ArrowDown: '↓',
  ArrowLeft: '←',
  ArrowRight: '→',
};

/** The visible text for a normalised key (see `normaliseKey`). */
export function formatKey(key: string): string {
  return SYMBOLS[key] ?? ([...key].length === 1 ? key.toUpperCase() : key);
}

/** True on macOS and iOS, where the editor's save chord uses Cmd rather than Ctrl. */
export function isApplePlatform(): boolean {
  return /Mac|iPhone|iPad/.test(navigator.userAgent);
}

/** One key as a `<kbd>`. */
export function KeyLabel({ keyName }: { keyName: string }) {
  return <kbd className="key-label">{formatKey(keyName)}</kbd>;
}

/** The editor's fixed "save" chord: Ctrl + Enter, or ⌘ + Enter on Apple platforms. */
export function SaveChordLabel() {
  const { t } = useTranslation();
  const modifier = isApplePlatform() ? t('keyboard.keyNames.cmd') : t('keyboard.keyNames.ctrl');
  return (
    <span className="key-chord">
      <kbd className="key-label">{modifier}</kbd>+
      <kbd className="key-label">{t('keyboard.keyNames.enter')}</kbd>
    </span>
  );
}

/** The editor's fixed "cancel" key. */
export function CancelKeyLabel() {
  const { t } = useTranslation();
  return <kbd className="key-label">{t('keyboard.keyNames.escape')}</kbd>;
}
