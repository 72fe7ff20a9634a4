/**
 * The right pane: the draft rendered through SafeMarkdown (the only path for untrusted text),
 * or the editor while editing; the grounding hints and the rubric sit under it, and the draft's
 * decision history last.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DraftEditor } from '../editor/draft-editor';
import { SafeMarkdown } from '../../components/markdown/safe-markdown';
import { DecisionHistory } from './decision-history';
import { DraftSpans } from './draft-spans';

export interface DraftPaneProps {
  projectId: string;
  draftId: string;
  /** The draft as the model wrote it. */
  draft: string;
  /** The text to start editing from: a previous edit's final text, else the draft. */
  editFrom: string;
  editing: boolean;
  onSaveEdit: (finalText: string) => void;
  onCancelEdit: () => void;
  /** Grounding panel, rubric and guidelines, shown under the draft or the editor. */
  children?: ReactNode;
}

/** The draft (or its editor) and what the reviewer fills in about it. */
export function DraftPane(props: DraftPaneProps) {
  const { t } = useTranslation();
  return (
    <div className="draft-pane">
      {props.editing ? (
        <DraftEditor
          projectId={props.projectId}
          draftId={props.draftId}
          original={props.editFrom}
          onSave={props.onSaveEdit}
          onCancel={props.onCancelEdit}
        />
      ) : (
        <section aria-labelledby="draft-title">
          <h2 id="draft-title" className="pane-title">
            {t('review.draft.title')}
          </h2>
          <DraftSpans draftId={props.draftId} text={props.draft}>
            <SafeMarkdown source={props.draft} className="draft-markdown" />
          </DraftSpans>
        </section>
      )}
      {props.children}
      <DecisionHistory />
    </div>
  );
}
