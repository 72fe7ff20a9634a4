/**
 * The open project's review settings: guidelines, escalation reasons and rubric questions,
 * edited as one working copy and saved as one new version through the projects store. After a
 * refused save the problems are checked again on every edit, so the list shrinks as they are
 * fixed. Reports unsaved changes so the dialog can ask before they are lost. A project on the
 * team hub is changed on the hub, by a lead or an admin: anyone else reads the settings here
 * without controls to change them, and is told who sets them. A refused save brings the first
 * refused field into view and focuses it.
 */
import type { TFunction } from 'i18next';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { settingsOf } from '../../../shared/domain/project-settings';
import { checkProjectSettings } from '../../../shared/domain/project-settings-check';
import type { HubFailure } from '../../../shared/sync/hub-failure';
import type { ProjectRow } from '../../db/rows';
import { useProjectsStore } from '../../stores/projects/projects-store';
import { HubFailureMessage } from '../sync/hub-failure-message';
import { useHubRole } from '../team-hub/use-hub-role';
import { GuidelinesFields } from './guidelines-fields';
import { QuestionsEditor } from './questions-editor';
import { ReasonsEditor } from './reasons-editor';
import { draftFromSettings, fixIds, sameDraft, settingsFromDraft } from './settings-draft';
import { pathKey } from './settings-problem-text';
import { RefusedFields, SettingsProblems } from './settings-problems';
import { useFocusFirstProblem } from './use-focus-first-problem';

export interface SettingsEditorProps {
  project: ProjectRow;
  onDirtyChange: (dirty: boolean) => void;
}

type SaveStatus =
  | { kind: 'idle' | 'saving' | 'failed' | 'lead-only' | 'stale' }
  | { kind: 'saved' | 'unchanged' | 'conflict'; version: number }
  | { kind: 'hub-failed'; failure: HubFailure };

export function SettingsEditor({ project, onDirtyChange }: SettingsEditorProps) {
  const { t } = useTranslation();
  const saveProjectSettings = useProjectsStore((state) => state.saveProjectSettings);
  const titleId = useId();
  const [base, setBase] = useState(() => draftFromSettings(settingsOf(project)));
  const [draft, setDraft] = useState(base);
  const [version, setVersion] = useState(project.guidelinesVersion);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const [refusedOnce, setRefusedOnce] = useState(false);
  const dirty = !sameDraft(draft, base);
  const { connected, mayPublish } = useHubRole();
  const onHub = project.hub !== undefined;
  const readOnly = onHub && !mayPublish;
  const sectionRef = useRef<HTMLElement>(null);
  const problemListRef = useRef<HTMLDivElement>(null);
  const focusFirstProblem = useFocusFirstProblem(sectionRef, problemListRef);

  useEffect(() => {
    onDirtyChange(dirty);
  }, [dirty, onDirtyChange]);
  useEffect(() => () => onDirtyChange(false), [onDirtyChange]);

  const problems = useMemo(() => {
    if (!refusedOnce) {
      return [];
    }
    const checked = checkProjectSettings(settingsFromDraft(draft));
    return checked.ok ? [] : checked.problems;
  }, [refusedOnce, draft]);
  const refused = useMemo(() => new Set(problems.map((p) => pathKey(p.path))), [problems]);

  const save = async () => {
    if (status.kind === 'saving') {
      return;
    }
    const snapshot = draft;
    setStatus({ kind: 'saving' });
    try {
      const result = await saveProjectSettings(project.id, settingsFromDraft(snapshot), version);
      if (result.ok) {
        const saved = fixIds(snapshot);
        setBase(saved);
        // Edits typed while the save ran stay (and stay unsaved).
        setDraft((current) => (current === snapshot ? saved : current));
        setVersion(result.version);
        setRefusedOnce(false);
        setStatus({ kind: result.changed ? 'saved' : 'unchanged', version: result.version });
      } else if (result.reason === 'invalid') {
        setRefusedOnce(true);
        setStatus({ kind: 'idle' });
        focusFirstProblem();
      } else if (result.reason === 'conflict') {
        setStatus({ kind: 'conflict', version: result.version });
      } else if (result.reason === 'lead-only' || result.reason === 'stale') {
        setStatus({ kind: result.reason });
      } else if (result.reason === 'hub') {
        setStatus({ kind: 'hub-failed', failure: result.failure });
      } else {
        setStatus({ kind: 'failed' });
      }
    } catch (error) {
      console.error('Could not save the project settings', error);
      setStatus({ kind: 'failed' });
    }
  };

  const revert = () => {
    setDraft(base);
    setRefusedOnce(false);
    setStatus({ kind: 'idle' });
  };

  return (
    <RefusedFields.Provider value={refused}>
      <section className="projects-settings" aria-labelledby={titleId} ref={sectionRef}>
        <div className="projects-settings-head">
          <h3 id={titleId}>{t('projects.settings.title')}</h3>
          <span className="projects-version">{t('projects.settings.version', { version })}</span>
        </div>
        <p className="projects-hint">{t('projects.settings.versionHint')}</p>
        {readOnly ? (
          <p className="projects-readonly-note">
            {connected ? t('projects.settings.setByLead') : t('projects.settings.connectToChange')}
          </p>
        ) : null}
        {/* Read-only, the guidelines stay focusable (scrolled and read by keyboard and screen
            reader); the lists' controls sit in a disabled fieldset. */}
        <GuidelinesFields
          value={draft.guidelines}
          readOnly={readOnly}
          onChange={(guidelines) => setDraft((old) => ({ ...old, guidelines }))}
        />
        <fieldset className="projects-settings-fields" disabled={readOnly}>
          <ReasonsEditor
            reasons={draft.reasons}
            onChange={(reasons) => setDraft((old) => ({ ...old, reasons }))}
          />
          <QuestionsEditor
            questions={draft.questions}
            onChange={(questions) => setDraft((old) => ({ ...old, questions }))}
          />
        </fieldset>
        <SettingsProblems problems={problems} ref={problemListRef} />
        {status.kind === 'hub-failed' ? (
          <div role="alert">
            <HubFailureMessage
              failure={status.failure}
              lead={t('projects.settings.notSavedOnHub')}
              className="projects-problems"
            />
          </div>
        ) : null}
        {/* Nothing to save for someone who reads the hub's settings. */}
        {readOnly ? null : (
          <div className="projects-settings-actions">
            <p className="projects-status" role="status">
              {statusText(status, onHub, t)}
            </p>
            {dirty ? (
              <span className="projects-unsaved">{t('projects.settings.unsaved')}</span>
            ) : null}
            <button type="button" className="button" onClick={revert}>
              {t('projects.settings.revert')}
            </button>
            <button
              type="button"
              className="button button-primary"
              aria-disabled={status.kind === 'saving' || undefined}
              onClick={() => void save()}
            >
              {t('projects.settings.save')}
            </button>
          </div>
        )}
      </section>
    </RefusedFields.Provider>
  );
}

function statusText(status: SaveStatus, onHub: boolean, t: TFunction<'translation'>): string {
  switch (status.kind) {
    case 'saving':
      return t('projects.settings.saving');
    case 'saved':
      return onHub
        ? t('projects.settings.savedOnHub', { version: status.version })
        : t('projects.settings.saved', { version: status.version });
    case 'unchanged':
      return t('projects.settings.unchanged', { version: status.version });
    case 'conflict':
      return t('projects.settings.conflict', { version: status.version });
    case 'failed':
      return t('projects.settings.failed');
    case 'lead-only':
      return t('projects.settings.leadOnly');
    case 'stale':
      return t('projects.settings.stale');
    default:
      return '';
  }
}
