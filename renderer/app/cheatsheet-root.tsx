/**
 * The keyboard cheatsheet, mounted once at the app root. Two flags open it today: the navigation
 * store's `cheatsheetOpen` (set by the native menu's "show-shortcuts") and the keymap store's
 * interim flag (set by the `?` key in the review screen). TODO(keyboard): once the keymap store
 * reads `useNavigationStore.cheatsheetOpen` instead of its own flag, drop the keymap half here
 * and mount `CheatsheetHost` or keep this with one flag.
 */
import { ShortcutCheatsheet } from '../features/keyboard/shortcut-cheatsheet';
import { selectCheatsheetOpen, selectSetCheatsheetOpen } from '../stores/keymap/keymap-selectors';
import { useKeymapStore } from '../stores/keymap/keymap-store';
import { useNavigationStore } from '../stores/navigation/navigation-store';

export function CheatsheetRoot() {
  const fromMenu = useNavigationStore((state) => state.cheatsheetOpen);
  const setFromMenu = useNavigationStore((state) => state.setCheatsheetOpen);
  const fromKey = useKeymapStore(selectCheatsheetOpen);
  const setFromKey = useKeymapStore(selectSetCheatsheetOpen);
  return (
    <ShortcutCheatsheet
      open={fromMenu || fromKey}
      onClose={() => {
        setFromMenu(false);
        setFromKey(false);
      }}
    />
  );
}
