/**
 * A project's place on the team hub, in the Projects dialog (issue 11): a project on the hub
 * says so; a local one says its decisions wait here, and a lead or an admin gets "Publish to
 * hub…" — a confirmation of what will be sent, the drafts' progress, then what the hub did with
 * them (new, unchanged, revised, skipped) or why it stopped and what to do. Reviewers and
 * evaluators never see the action.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HubFailure } from '../../../shared/sync/hub-failure';
import type { ProjectRow } from '../../db/rows';
import { formatCount } from '../../i18n/format';
import { useQueueStore } from '../../stores/queue/queue-store';
import { useSyncStore } from '../../stores/sync/sync-store';
import { HubFailureMessage } from '../sync/hub-failure-message';
import { PublishConfirm } from './publish-confirm';
import { useHubRole } from './use-hub-role';
import { useLanguage } from '../../i18n/use-language';
import '../../styles/team-hub.css';

type Outcome =
  | { kind: 'published'; published: number; unchanged: number; revised: number; skipped: number }
  | { kind: 'failed'; failure: HubFailure; done: number };

export function PublishProject({ project }: { project: ProjectRow }) {
  const { t } = useTranslation();
  const titleId = useId();
  const language = useLanguage();
  const { connected, mayPublish } = useHubRole();
  const publishing = useSyncStore((state) =>
    state.publishing?.projectId === project.id ? state.publishing : null,
  );
  const publishProject = useSyncStore((state) => state.publishProject);
  const queued = useQueueStore((state) =>
    state.projectId === project.id && state.status === 'ready' ? state.entries.length : null,
  );
  const [confirming, setConfirming] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);

  useEffect(() => {
    if (!confirming && wasConfirming.current) {
      opener.current?.focus();
    }
    wasConfirming.current = confirming;
  }, [confirming]);

  const publish = async () => {
    setConfirming(false);
    setOutcome(null);
    try {
      const result = await publishProject(project.id);
      setOutcome(
        result.ok
          ? { kind: 'published', ...result }
          : { kind: 'failed', failure: result.failure, done: result.done },
      );
    } catch (error) {
      console.error('Could not publish the project', error);
      setOutcome({
        kind: 'failed',
        failure: { kind: 'unavailable', message: String(error) },
        done: 0,
      });
    }
  };

  return (
    <section className="team-hub-project" aria-labelledby={titleId}>
      <h4 id={titleId}>{t('publish.title')}</h4>
      {project.hub === undefined ? (
        <p className="team-hub-hint">{t('publish.localOnly')}</p>
      ) : (
        <p className="team-hub-hint">
          <span className="hub-badge">{t('publish.onHubBadge')}</span> {t('publish.onHub')}
        </p>
      )}
      {connected && !mayPublish && project.hub === undefined ? (
        <p className="team-hub-hint">{t('publish.leadPublishes')}</p>
      ) : null}
      {mayPublish && project.hub === undefined && publishing === null && !confirming ? (
        <div className="team-hub-actions">
          <button ref={opener} type="button" className="button" onClick={() => setConfirming(true)}>
            {t('publish.open')}
          </button>
        </div>
      ) : null}
      {confirming ? (
        <PublishConfirm
          name={project.name}
          settingsVersion={project.guidelinesVersion}
          drafts={queued}
          language={language}
          onConfirm={() => void publish()}
          onCancel={() => setConfirming(false)}
        />
      ) : null}
      <div role="status" className="team-hub-progress">
        {publishing === null ? null : (
          <>
            <p>
              {publishing.total === 0
                ? t('publish.starting')
                : t('publish.progress', {
                    done: formatCount(language, publishing.done),
                    total: formatCount(language, publishing.total),
                  })}
            </p>
            <progress
              max={Math.max(1, publishing.total)}
              value={publishing.done}
              aria-label={t('publish.progressLabel')}
            />
          </>
        )}
        {outcome?.kind === 'published' ? <PublishedCounts outcome={outcome} /> : null}
      </div>
      {outcome?.kind === 'failed' ? (
        <div role="alert">
          <HubFailureMessage
            failure={outcome.failure}
            lead={t('publish.failed')}
            className="team-hub-problem"
          />
          <p className="team-hub-hint">
            {t('publish.again', { done: formatCount(language, outcome.done) })}
          </p>
        </div>
      ) : null}
    </section>
  );
}

function PublishedCounts({ outcome }: { outcome: Extract<Outcome, { kind: 'published' }> }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const rows = [
    ['publish.counts.published', outcome.published],
    ['publish.counts.unchanged', outcome.unchanged],
    ['publish.counts.revised', outcome.revised],
    ['publish.counts.skipped', outcome.skipped],
  ] as const;
  return (
    <>
      <p className="team-hub-done">{t('publish.done')}</p>
      <dl className="team-hub-counts">
        {rows.map(([key, value]) => (
          <div key={key}>
            <dt>{t(key)}</dt>
            <dd>{formatCount(language, value)}</dd>
          </div>
        ))}
      </dl>
      {outcome.skipped > 0 ? <p className="team-hub-hint">{t('publish.skippedHelp')}</p> : null}
    </>
  );
}
