/**
 * The reviewer's workspace for one draft: header strip, source context beside the draft (a
 * resizable split), grounding hints, rubric, guidelines, and the decision bar with its keys.
 */
import { memo, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { SourceMatch } from '../../../shared/grounding';
import type { DraftRow, DraftStateRow } from '../../db/rows';
import { selectKeymap } from '../../stores/keymap/keymap-selectors';
import { useKeymapStore } from '../../stores/keymap/keymap-store';
import type { ReviewAction } from '../../stores/keymap/keymap-keys';
import { useQueueStore } from '../../stores/queue/queue-store';
import { setReadAheadListener } from '../../stores/review/read-ahead';
import { useReviewStore } from '../../stores/review/review-store';
import { GuidelinesPanel } from '../guidelines/guidelines-panel';
import { prepareMarkdown } from '../../components/markdown/safe-markdown';
import { useReviewShortcuts } from '../keyboard/use-review-shortcuts';
import { RubricForm } from '../rubric/rubric-form';
import { DraftHubStrip } from '../team-hub/draft-hub-strip';
import '../../styles/review.css';
import { DecisionBar } from './decision-bar';
import { DraftPane } from './draft-pane';
import { DraftSlot } from './draft-slot';
import { EscalateDialog } from './escalate-dialog';
import { GroundingPanel } from './grounding-panel';
import { GROUNDING_CHARS, groundingFor, groundingIsPartial } from './grounding-sources';
import { ReviewHeader } from './review-header';
import { SearchHighlight } from './search-highlight';
import { SourcePanel } from './source-panel';
import type { ActiveMatch } from './source-text';
import { SplitPane } from './split-pane';
import { useReviewActivity } from './use-review-activity';
import { useReviewWorkflow } from './use-review-workflow';

export interface ReviewScreenProps {
  onBack: () => void;
}

/** Does the slow part of showing `draft` (markdown parsing, grounding) before it is shown. */
function prepareDraftView(draft: DraftRow): void {
  groundingFor(draft);
  prepareMarkdown(draft.draft, 3);
  for (const text of [draft.prompt, ...(draft.messages ?? []).map((message) => message.content)]) {
    if (text !== undefined) {
      prepareMarkdown(text, 4);
    }
  }
  draft.context.forEach((item) => prepareMarkdown(item.text, 4));
}

/** The review screen over the review store's current draft. */
export function ReviewScreen({ onBack }: ReviewScreenProps) {
  const { t } = useTranslation();
  const { currentId, current, upcoming, later } = useReviewStore(
    useShallow((s) => ({
      currentId: s.currentId,
      current: s.current,
      upcoming: s.upcoming,
      later: s.later,
    })),
  );
  // The counter counts the list the reviewer came from (a filtered one, or the whole queue).
  const { total, index } = useQueueStore(
    useShallow((s) => {
      const onTrail = currentId === null ? undefined : s.trail?.positions.get(currentId);
      if (s.trail !== null && onTrail !== undefined) {
        return { total: s.trail.draftIds.length, index: onTrail };
      }
      return {
        total: s.entries.length,
        index: currentId === null ? undefined : s.positions.get(currentId),
      };
    }),
  );
  const activity = useReviewActivity();
  // State, not a ref: the slots put the shown workspace into this element once it exists.
  const [screen, setScreen] = useState<HTMLElement | null>(null);
  // The draft shown before this one. It is never the prepared one (K then J): a draft starts
  // clean each time it is shown (rubric answers, marks), as when every draft was mounted anew.
  const [visit, setVisit] = useState({
    id: current?.draft.id,
    left: undefined as string | undefined,
  });
  if (current !== null && current.draft.id !== visit.id) {
    setVisit({ id: current.draft.id, left: visit.id });
  }
  useEffect(() => setReadAheadListener(prepareDraftView), []);
  if (currentId !== null && current === null) {
    return (
      <div className="review-screen review-empty" {...activity}>
        <p role="status">{t('review.loadingDraft')}</p>
      </div>
    );
  }
  if (current === null) {
    return (
      <div className="review-screen review-empty" {...activity}>
        <p>{t('review.noDraft')}</p>
        <button type="button" className="button" onClick={onBack}>
          {t('review.back')}
        </button>
      </div>
    );
  }
  // The draft on screen, and the two that J or decisions show next, rendered hidden beforehand
  // so that a key only reveals its draft (issue 12: painting the next draft was the cost of a
  // decision; with one prepared, fast keys mostly found it not rendered yet).
  const slots = [{ loaded: current, at: index }];
  const ahead = [upcoming, later];
  ahead.forEach((loaded, step) => {
    if (
      loaded !== null &&
      loaded.draft.id !== visit.left &&
      slots.every((slot) => slot.loaded.draft.id !== loaded.draft.id)
    ) {
      slots.push({ loaded, at: index === undefined ? undefined : index + 1 + step });
    }
  });
  return (
    <div className="review-screen" ref={setScreen} {...activity}>
      {slots.map(({ loaded, at }) => (
        // Keyed by draft: hover previews, the marked source and the split's children start clean.
        <DraftSlot
          key={loaded.draft.id}
          draftId={loaded.draft.id}
          shown={loaded === current}
          screen={screen}
        >
          <DraftWorkspace
            draft={loaded.draft}
            state={loaded.state}
            index={at}
            total={total}
            onBack={onBack}
          />
        </DraftSlot>
      ))}
    </div>
  );
}

interface DraftWorkspaceProps {
  draft: DraftRow;
  state: DraftStateRow | undefined;
  /** Where the draft sits in the queue; undefined while the queue is still being read. */
  index: number | undefined;
  total: number;
  onBack: () => void;
}

/** Memoised: revealing a prepared draft, or a save's status change, does not render it again. */
const DraftWorkspace = memo(function DraftWorkspace({
  draft,
  state,
  index,
  total,
  onBack,
}: DraftWorkspaceProps) {
  const { t } = useTranslation();
  const project = useReviewStore((s) => s.project);
  const keymap = useKeymapStore(selectKeymap);
  const { rubricRef, ...work } = useReviewWorkflow(draft.id);
  const [activeMatch, setActiveMatch] = useState<ActiveMatch | null>(null);
  const [pinned, setPinned] = useState<ActiveMatch | null>(null);
  const grounding = useMemo(() => groundingFor(draft), [draft]);

  const modal = work.editing || work.escalateOpen;
  useReviewShortcuts(work.run, { enabled: !modal });

  const disabled = new Set<ReviewAction>();
  // Not while saving: decisions queue up behind each other, so the reviewer never waits on disk.
  if (modal) {
    ['approve', 'edit', 'escalate', 'skip', 'undo'].forEach((a) => disabled.add(a as ReviewAction));
  }
  if (index === undefined || index === 0) {
    disabled.add('previous');
  }
  if (index === undefined || index >= total - 1) {
    disabled.add('next');
  }

  const sourceName = (sourceId: string) => {
    const [kind, at] = sourceId.split(':');
    const position = Number(at);
    if (kind === 'context') {
      return draft.context[position]?.title ?? sourceId;
    }
    if (kind === 'message') {
      return t('review.source.messageNumber', { number: position + 1 });
    }
    return t('review.source.prompt');
  };
  const showMatch = (match: SourceMatch, preview: boolean) => {
    const active = { ...match, preview };
    setActiveMatch(active);
    if (!preview) {
      setPinned(active);
    }
  };

  return (
    <>
      <ReviewHeader
        draft={draft}
        position={index === undefined ? undefined : index + 1}
        total={total}
        onBack={onBack}
      />
      <DraftHubStrip draft={draft} state={state} project={project} />
      <SearchHighlight />
      <SplitPane
        left={<SourcePanel draft={draft} activeMatch={activeMatch} />}
        right={
          <DraftPane
            projectId={draft.projectId}
            draftId={draft.id}
            draft={draft.draft}
            editFrom={state?.finalText ?? draft.draft}
            editing={work.editing}
            onSaveEdit={work.saveEdit}
            onCancelEdit={work.cancelEdit}
          >
            <GroundingPanel
              draft={draft.draft}
              result={grounding}
              sourceName={sourceName}
              onShowMatch={showMatch}
              onEndPreview={() => setActiveMatch(pinned)}
              partialChars={groundingIsPartial(draft) ? GROUNDING_CHARS : undefined}
            />
            <RubricForm
              ref={rubricRef}
              questions={work.questions}
              answers={work.answers}
              onAnswer={work.answer}
              missing={work.missing}
            />
            <GuidelinesPanel guidelines={project?.guidelines ?? ''} />
          </DraftPane>
        }
      />
      <DecisionBar onAction={(action) => work.run[action]()} disabled={disabled} keys={keymap} />
      {work.escalateOpen ? (
        <EscalateDialog
          reasons={project?.escalationReasons ?? []}
          onSubmit={work.submitEscalation}
          onCancel={work.cancelEscalation}
        />
      ) : null}
      {/* The cheatsheet itself is `CheatsheetHost` (features/keyboard), mounted once at the app root. */}
    </>
  );
});
