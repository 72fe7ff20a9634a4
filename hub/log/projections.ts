/**
 * Keeps `projects`, `drafts` and `draft_state` equal to what `hub_log` says (SYNC.md §8: they
 * can always be rebuilt from the log, the only source of truth). The draft state is the shared
 * derivation over every decision the hub holds for the draft, the same one each app runs.
 */
import type { DecisionEvent } from '../../shared/domain/decision-event';
import type { DraftInput } from '../../shared/domain/draft-schema';
import { deriveDraftState } from '../../shared/review/derive-draft-state';
import type { HubProject } from '../../shared/sync/hub-records';
import { decisionsOfDrafts, logAfter } from '../storage/queries/log';
import {
  clearProjections,
  draftsByIds,
  projectById,
  upsertDraft,
  upsertDraftStates,
  upsertProject,
} from '../storage/queries/projections';
import type { LogRow } from '../storage/rows';
import type { SqlExecutor } from '../storage/sql';
import { draftContentHash } from './content-hash';

type Body = Record<string, unknown>;

/** Applies freshly appended rows (in `seq` order) to the projections. */
export async function applyToProjections(sql: SqlExecutor, rows: readonly LogRow[]) {
  const decided = new Map<string, Set<string>>();
  for (const row of rows) {
    const body = JSON.parse(row.body) as Body;
    switch (row.kind) {
      case 'decision': {
        const drafts = decided.get(row.project_id) ?? new Set<string>();
        drafts.add(row.draft_id ?? '');
        decided.set(row.project_id, drafts);
        break;
      }
      case 'project.published': {
        const project = body.project as HubProject;
        await upsertProject(sql, {
          project_id: row.project_id,
          name: project.name,
          settings_version: project.settingsVersion,
          settings: JSON.stringify(project.settings),
          published_seq: row.seq,
          updated_seq: row.seq,
        });
        break;
      }
      case 'project.settings': {
        const current = await projectById(sql, row.project_id);
        await upsertProject(sql, {
          project_id: row.project_id,
          name: body.name as string,
          settings_version: body.settingsVersion as number,
          settings: JSON.stringify(body.settings),
          published_seq: current?.published_seq ?? row.seq,
          updated_seq: row.seq,
        });
        break;
      }
      case 'draft.published':
      case 'draft.revised':
        await upsertDraft(sql, {
          project_id: row.project_id,
          draft_id: row.draft_id ?? '',
          version: body.draftVersion as number,
          content_hash: draftContentHash(body.draft as DraftInput),
          content_seq: row.seq,
          withdrawn_seq: null,
        });
        break;
      case 'draft.withdrawn': {
        const draftId = row.draft_id ?? '';
        const current = (await draftsByIds(sql, row.project_id, [draftId])).get(draftId);
        if (current !== undefined) {
          await upsertDraft(sql, { ...current, withdrawn_seq: row.seq });
        }
        break;
      }
      default:
        throw new Error(`unknown record kind ${row.kind} at seq ${row.seq}`);
    }
  }
  for (const [projectId, draftIds] of decided) {
    await deriveStates(sql, projectId, [...draftIds]);
  }
}

async function deriveStates(sql: SqlExecutor, projectId: string, draftIds: readonly string[]) {
  const byDraft = new Map<string, { events: DecisionEvent[]; lastSeq: number }>();
  for (const row of await decisionsOfDrafts(sql, projectId, draftIds)) {
    const entry = byDraft.get(row.draft_id ?? '') ?? { events: [], lastSeq: 0 };
    entry.events.push((JSON.parse(row.body) as { event: DecisionEvent }).event);
    entry.lastSeq = Math.max(entry.lastSeq, row.seq);
    byDraft.set(row.draft_id ?? '', entry);
  }
  await upsertDraftStates(
    sql,
    [...byDraft].map(([draftId, { events, lastSeq }]) => {
      const state = deriveDraftState(events);
      return {
        project_id: projectId,
        draft_id: draftId,
        status: state.status,
        state: JSON.stringify(state),
        updated_seq: lastSeq,
      };
    }),
  );
}

/** Rebuilds every projection from the log, page by page (migration 002, `rebuild`). */
export async function rebuildProjections(sql: SqlExecutor, pageSize = 1_000): Promise<number> {
  await clearProjections(sql);
  let after = 0;
  let seen = 0;
  for (;;) {
    const page = await logAfter(sql, after, pageSize);
    if (page.length === 0) {
      return seen;
    }
    await applyToProjections(sql, page);
    seen += page.length;
    after = page[page.length - 1]?.seq ?? after;
  }
}
