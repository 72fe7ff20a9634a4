/** "Load the demo queue": stores the bundled demo in the current language and opens its queue. */
import { useTranslation } from 'react-i18next';
import { useNavigationStore } from '../../stores/navigation/navigation-store';
import { selectLanguage } from '../../stores/settings/settings-selectors';
import { useSettingsStore } from '../../stores/settings/settings-store';

export function LoadDemoButton() {
  const { t } = useTranslation();
  const language = useSettingsStore(selectLanguage);
  const status = useNavigationStore((state) => state.demoStatus);
  const loadDemoQueue = useNavigationStore((state) => state.loadDemoQueue);
  const loading = status === 'loading';
  return (
    <div className="load-demo">
      <button
        type="button"
        className="button button-primary"
        // aria-disabled instead of disabled keeps focus on the button while it works.
        aria-disabled={loading}
        onClick={() => {
          if (!loading) {
            void loadDemoQueue(language);
          }
        }}
      >
        {t('queue.demo.load')}
      </button>
      {loading && (
        <p className="load-demo-progress" role="status">
          <span className="spinner" aria-hidden="true" />
          {t('queue.demo.loading')}
        </p>
      )}
      {status === 'error' && (
        <p className="load-demo-error" role="alert">
          {t('queue.demo.failed')}
        </p>
      )}
    </div>
  );
}
