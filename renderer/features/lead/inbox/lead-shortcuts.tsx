/**
 * The lead inbox's keys as a cheatsheet table (the `?` dialog), shown only with lead access:
 * a reviewer's cheatsheet lists no lead action. J/K and undo are the keymap's, listed above it.
 */
import { useTranslation } from 'react-i18next';
import { LEAD_CHEATSHEET_KEYS, leadKeyName } from '../../../stores/keymap/lead-keys';
import { useLeadAccess } from '../../../stores/lead/lead-access';
import { KeyLabel } from '../../keyboard/key-label';

export function LeadShortcuts() {
  const { t } = useTranslation();
  const allowed = useLeadAccess();
  if (!allowed) {
    return null;
  }
  return (
    <table className="shortcut-table">
      <caption>{t('lead.keys.section')}</caption>
      <tbody>
        {LEAD_CHEATSHEET_KEYS.map((key) => (
          <tr key={key}>
            <th scope="row">{t(`lead.keys.${key}`)}</th>
            <td>
              {key === 'acceptEdit' ? (
                <span className="key-chord">
                  <KeyLabel keyName="1" />–<KeyLabel keyName="9" />
                </span>
              ) : (
                <KeyLabel keyName={leadKeyName(key)} />
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
