/**
 * Untrusted plain text with its bidirectional controls and zero-width characters made visible
 * and inert (issue 12, point 3): the views that show a draft or a source as text rather than
 * markdown (the source pane's marked match, grounding hints, the queue preview) use
 * `VisibleText`, and SafeMarkdown draws the same `InvisibleMarker` for its own text.
 */
import { useTranslation } from 'react-i18next';
import '../../styles/markdown.css';
import { describeInvisible, splitInvisible, type InvisibleCharacter } from './invisible-characters';

/**
 * A marker standing where an invisible character is: its abbreviation, boxed and isolated, with
 * the Unicode name as tooltip and accessible name. The character itself is not in the page, so
 * it cannot reorder or hide anything around it.
 */
export function InvisibleMarker({ character }: { character: InvisibleCharacter }) {
  const { t } = useTranslation();
  const name = describeInvisible(character);
  return (
    <span
      className="invisible-char"
      // A named symbol, like the task box: screen readers read the label, not "RLO".
      role="img"
      title={name}
      aria-label={t('markdown.invisibleCharacter', { name })}
    >
      {character.abbreviation}
    </span>
  );
}

/** `text` with each invisible character drawn as a marker and the text between them isolated. */
export function VisibleText({ text }: { text: string }) {
  const runs = splitInvisible(text);
  if (!runs.some((run) => run.kind === 'invisible')) {
    return text;
  }
  let offset = 0;
  return runs.map((run) => {
    // Offsets into `text` are stable keys: the runs of one text never move.
    const key = offset;
    offset += run.kind === 'text' ? run.text.length : 1;
    return run.kind === 'text' ? (
      <span key={key} className="invisible-run">
        {run.text}
      </span>
    ) : (
      <InvisibleMarker key={key} character={run.character} />
    );
  });
}
