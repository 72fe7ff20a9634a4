/**
 * Digit keys answer the rubric (see rubric-keys.ts for which question and which option), with
 * the same guards as the review shortcuts: never while typing in a text field (the editor, the
 * note), inside a modal dialog, during an IME composition or with Ctrl/Cmd/Alt held. A digit the
 * reviewer has remapped to a review action keeps that action.
 */
import { useEffect, useLayoutEffect, useRef } from 'react';
import type { Labels, LabelValue } from '../../../shared/domain/decision-event';
import type { RubricQuestion } from '../../../shared/domain/draft-schema';
import { actionForKey } from '../../stores/keymap/keymap-keys';
import { useKeymapStore } from '../../stores/keymap/keymap-store';
import {
  hasCommandModifier,
  isImeEvent,
  isInModalDialog,
  isTypingTarget,
} from '../keyboard/keyboard-events';
import { focusChoice, questionIdAt } from './rubric-form';
import { answerForDigit, digitTarget } from './rubric-keys';

export interface RubricKeysOptions {
  /** False turns the digits off (e.g. while the escalate dialog is open). */
  enabled: boolean;
  /** The rendered rubric (read when a digit is pressed), to tell which question holds focus. */
  rubric: { readonly current: HTMLElement | null };
}

const DIGIT = /^[0-9]$/;

/** Listens on `window` for digits and answers the rubric through `onAnswer`. */
export function useRubricKeys(
  questions: readonly RubricQuestion[],
  answers: Labels,
  onAnswer: (questionId: string, value: LabelValue | undefined) => void,
  { enabled, rubric }: RubricKeysOptions,
): void {
  // The latest values without re-subscribing on every render (answers change on every key).
  const latest = useRef({ questions, answers, onAnswer, rubric });
  useLayoutEffect(() => {
    latest.current = { questions, answers, onAnswer, rubric };
  });

  useEffect(() => {
    if (!enabled) {
      return undefined;
    }
    const onKeyDown = (event: KeyboardEvent) => {
      if (
        !DIGIT.test(event.key) ||
        event.defaultPrevented ||
        isImeEvent(event) ||
        hasCommandModifier(event) ||
        isTypingTarget(event.target) ||
        isInModalDialog(event.target) ||
        actionForKey(useKeymapStore.getState().keymap, event.key) !== undefined
      ) {
        return;
      }
      const current = latest.current;
      const rubricElement = current.rubric.current;
      const focusedId = questionIdAt(rubricElement, event.target);
      const question = digitTarget(current.questions, current.answers, focusedId);
      const result =
        question === undefined
          ? null
          : answerForDigit(question, current.answers[question.id], event.key);
      if (question === undefined || result === null) {
        return;
      }
      event.preventDefault();
      // A held digit would toggle a multiple choice option on and off.
      if (event.repeat) {
        return;
      }
      current.onAnswer(question.id, result.value);
      if (focusedId === question.id) {
        // Arrows go on from the option just picked, as if it had been clicked.
        focusChoice(rubricElement, question.id, result.choice.key);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
