/**
 * What the preview says about the file before anything is offered (issue 12, points 14–16): a
 * JSON array that breaks, a CSV whose rows end in a lone CR, invalid byte sequences, and an
 * encoding detection that is not sure (then the rows below are in that encoding, for the
 * reviewer to judge, and the encoding select is one step away).
 */
import { useTranslation } from 'react-i18next';
import type { FilePreview } from '../../../shared/import/file-preview';
import { breaksAsInvalidJson } from '../../../shared/import/import-run';
import { formatCount } from '../../i18n/format';
import { useSettingsStore } from '../../stores/settings/settings-store';

export function PreviewNotices({
  preview,
  encodingChosen,
}: {
  preview: Extract<FilePreview, { ok: true }>;
  /** Whether the reviewer chose the encoding (then detection's doubts are no longer news). */
  encodingChosen: boolean;
}) {
  const { t } = useTranslation();
  const language = useSettingsStore((s) => s.language);
  const { detected } = preview;
  return (
    <>
      {preview.brokenAt !== null && (
        // Before anything is offered: this file will not be imported as it is.
        <p className="notice import-problem-notice" role="alert">
          {t(
            breaksAsInvalidJson(preview.brokenAt)
              ? 'import.previewBrokenJson'
              : 'import.previewNotJsonArray',
            { line: preview.brokenAt.line, column: preview.brokenAt.column },
          )}
        </p>
      )}
      {preview.fileProblem !== null && (
        <p className="notice import-problem-notice" role="alert">
          {t('import.previewLoneCr')}
        </p>
      )}
      {!encodingChosen && detected !== null && detected.confidence !== 'confident' && (
        <p className="notice import-encoding-notice" role="status">
          {t('import.encoding.notSure', {
            encoding: t(`import.encoding.${detected.encoding}`),
            confidence: t(`import.encoding.confidence.${detected.confidence}`),
          })}
          {detected.alternative !== undefined &&
            ` ${t('import.encoding.alsoReads', {
              encoding: t(`import.encoding.${detected.alternative}`),
            })}`}
        </p>
      )}
      {preview.invalidSequences > 0 && (
        <p className="notice import-problem-notice" role="status">
          {t('import.previewInvalidBytes', {
            count: preview.invalidSequences,
            formatted: formatCount(language, preview.invalidSequences),
          })}
        </p>
      )}
    </>
  );
}
