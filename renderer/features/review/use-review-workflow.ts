/**
 * The review screen's per-draft working state (rubric answers, a refused decision's missing
 * questions, the editor, the escalate dialog) and the decisions that read it. Everything is
 * keyed by draft id, so moving to another draft starts clean without an effect to reset it.
 */
import { useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Labels, LabelValue } from '../../../shared/domain/decision-event';
import type { RubricQuestion } from '../../../shared/domain/draft-schema';
import { useNavigationStore } from '../../stores/navigation/navigation-store';
import type { ReviewAction } from '../../stores/keymap/keymap-keys';
import { useReviewStore } from '../../stores/review/review-store';
import { focusQuestion } from '../rubric/rubric-form';
import { labelsToRecord, missingRequired } from '../rubric/rubric-answers';
import { useRubricKeys } from '../rubric/use-rubric-keys';

type ForDraft<T> = { draftId: string; value: T } | null;
const valueFor = <T>(slot: ForDraft<T>, draftId: string, fallback: T): T =>
  slot !== null && slot.draftId === draftId ? slot.value : fallback;

const NO_QUESTIONS: RubricQuestion[] = [];

/** Working state and decision handlers for the draft `draftId`. */
export function useReviewWorkflow(draftId: string) {
  const store = useReviewStore(
    useShallow((s) => ({
      questions: s.project?.rubric?.questions ?? NO_QUESTIONS,
      approve: s.approve,
      edit: s.edit,
      escalate: s.escalate,
      skip: s.skip,
      undo: s.undo,
      next: s.next,
      previous: s.previous,
    })),
  );
  const openCheatsheet = useNavigationStore((state) => state.setCheatsheetOpen);
  const [answerSlot, setAnswerSlot] = useState<ForDraft<Labels>>(null);
  const [missingSlot, setMissingSlot] = useState<ForDraft<RubricQuestion[]>>(null);
  const [editingSlot, setEditingSlot] = useState<ForDraft<true>>(null);
  const [escalating, setEscalating] = useState<ForDraft<true>>(null);
  // A ref, not state: it is read only by handlers and the digit listener. As state, attaching it
  // when a prepared draft is revealed re-rendered that whole workspace inside the J key's task.
  const rubricRef = useRef<HTMLElement | null>(null);

  const answers = valueFor(answerSlot, draftId, {});
  const missing = valueFor(missingSlot, draftId, NO_QUESTIONS);
  const editing = valueFor<boolean>(editingSlot, draftId, false);
  const escalateOpen = valueFor<boolean>(escalating, draftId, false);

  const answer = (questionId: string, value: LabelValue | undefined) => {
    const { [questionId]: _old, ...rest } = answers;
    setAnswerSlot({
      draftId,
      value: value === undefined ? rest : { ...rest, [questionId]: value },
    });
    // Once answered, a question stops being named in the "still needed" message.
    setMissingSlot({ draftId, value: missing.filter((question) => question.id !== questionId) });
  };

  // Digits answer the rubric, also while the editor is open (a refused save focuses the rubric;
  // digits typed into the editor itself are text). The escalate dialog is modal.
  useRubricKeys(store.questions, answers, answer, {
    enabled: !escalateOpen,
    rubric: rubricRef,
  });

  /**
   * The labels to record, or null after showing the open required questions, with the first
   * one scrolled into view and focused so that arrows or digits answer it at once.
   */
  const checkedLabels = (): { labels?: Labels } | null => {
    const open = missingRequired(store.questions, answers);
    if (open.length > 0) {
      setMissingSlot({ draftId, value: open });
      focusQuestion(rubricRef.current, open[0]!.id);
      return null;
    }
    const labels = labelsToRecord(store.questions, answers);
    return Object.keys(labels).length > 0 ? { labels } : {};
  };

  const approve = () => {
    const checked = checkedLabels();
    if (checked !== null) {
      void store.approve(checked.labels);
    }
  };

  const saveEdit = (finalText: string) => {
    const checked = checkedLabels();
    if (checked !== null) {
      setEditingSlot(null);
      void store.edit(finalText, checked.labels);
    }
  };

  const run: Record<ReviewAction, () => void> = {
    approve,
    edit: () => setEditingSlot({ draftId, value: true }),
    escalate: () => setEscalating({ draftId, value: true }),
    skip: () => void store.skip(),
    undo: () => void store.undo(),
    next: store.next,
    previous: store.previous,
    cheatsheet: () => openCheatsheet(true),
  };

  return {
    questions: store.questions,
    answers,
    missing,
    editing,
    escalateOpen,
    rubricRef,
    answer,
    run,
    saveEdit,
    cancelEdit: () => setEditingSlot(null),
    submitEscalation: (reasonId: string, note: string) => {
      setEscalating(null);
      void store.escalate(reasonId, note);
    },
    cancelEscalation: () => setEscalating(null),
  };
}
