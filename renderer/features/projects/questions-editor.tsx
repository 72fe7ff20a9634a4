/** The rubric: its questions in the order reviewers see them; add, reorder, edit and remove. */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QuestionEditor } from './question-editor';
import { moveItem, newQuestion, type QuestionDraft } from './settings-draft';

export interface QuestionsEditorProps {
  questions: readonly QuestionDraft[];
  onChange: (questions: QuestionDraft[]) => void;
}

export function QuestionsEditor({ questions, onChange }: QuestionsEditorProps) {
  const { t } = useTranslation();
  const [addedKey, setAddedKey] = useState<string | null>(null);
  const [moved, setMoved] = useState<{ key: string; by: -1 | 1 } | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);

  const add = () => {
    const question = newQuestion(questions);
    setAddedKey(question.key);
    onChange([...questions, question]);
  };

  return (
    <fieldset className="projects-group">
      <legend>{t('projects.settings.questions.title')}</legend>
      {questions.length === 0 ? (
        <p className="projects-hint">{t('projects.settings.questions.none')}</p>
      ) : (
        <ol className="projects-items">
          {questions.map((question, index) => (
            <li key={question.key}>
              <QuestionEditor
                question={question}
                index={index}
                count={questions.length}
                added={question.key === addedKey}
                focusMove={moved?.key === question.key ? moved : null}
                onChange={(changed) =>
                  onChange(questions.map((old, at) => (at === index ? changed : old)))
                }
                onMove={(by) => {
                  setMoved({ key: question.key, by });
                  onChange(moveItem(questions, index, by));
                }}
                onRemove={() => {
                  onChange(questions.filter((_, at) => at !== index));
                  addButton.current?.focus();
                }}
              />
            </li>
          ))}
        </ol>
      )}
      <button ref={addButton} type="button" className="button" onClick={add}>
        {t('projects.settings.questions.add')}
      </button>
    </fieldset>
  );
}
