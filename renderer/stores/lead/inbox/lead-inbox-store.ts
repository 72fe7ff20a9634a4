/**
 * The lead's inbox (issue 14): escalated and disputed drafts across projects, the filters, which
 * row is selected and which is open, and the lead's calls on them (stored by lead-calls.ts, like
 * every decision). Undo takes back the calls of this sitting, newest first, then — after a
 * restart — this device's earlier calls found in the store (the events are the undo history,
 * as for the reviewer). The rows follow the change feed, so a resolve made on
 * another machine (pulled) or in another window takes the draft out here too.
 */
import { create } from 'zustand';
import type { DecisionKind, DecisionPayloads } from '../../../../shared/domain/decision-event';
import { onDataChange } from '../../../db/change-feed';
import { getDatabase } from '../../../db/database-instance';
import { readInboxDrafts } from '../../../db/repositories/inbox-repository';
import { takeActiveTime } from '../../review/review-session';
import { filterInbox, type InboxFacet, type InboxFilters } from './inbox-filters';
import { toInboxItems, type InboxItem } from './inbox-item';
import { latestStoredLeadCall, retractLeadCall, storeLeadEvent, type LeadCall } from './lead-calls';
import { planResolve, planSendBack, type ResolveChoice } from './resolve-choice';

export type { LeadCall } from './lead-calls';

/** Every message the inbox may show after a failed call (i18n keys). */
export type LeadInboxErrorKey =
  | 'lead.inbox.errors.saveFailed'
  | 'lead.inbox.errors.commentRequired'
  | 'lead.inbox.errors.nothingToUndo'
  | 'review.errors.noProfile';

export interface LeadInboxState {
  status: 'idle' | 'loading' | 'ready' | 'error';
  /** Every row, sent-back ones included (the screen lists the others). */
  items: InboxItem[];
  /** When the rows were read (ms): the clock their ages and age filter are taken against. */
  readAt: number;
  filters: InboxFilters;
  /** The row the list's cursor is on. */
  selectedKey: string | null;
  /** The row opened beside its source; null while the list shows. */
  openKey: string | null;
  saveStatus: 'idle' | 'saving' | 'saved' | 'error';
  /** i18n key of the last failure, until the next call. */
  errorKey: LeadInboxErrorKey | null;
  calls: LeadCall[];
  /** Reads the rows (and starts following changes). */
  load: () => Promise<void>;
  setFilter: (facet: InboxFacet, value: string | null) => void;
  clearFilters: () => void;
  select: (key: string) => void;
  /** Moves the cursor by `step` rows of the filtered list (J/K, arrows). */
  move: (step: number, now?: number) => void;
  /** Opens the selected row (Enter), or `key`. */
  open: (key?: string) => void;
  close: () => void;
  resolve: (choice: ResolveChoice, note: string) => Promise<boolean>;
  sendBack: (comment: string) => Promise<boolean>;
  /** Retracts this lead's latest call of the sitting; the draft comes back to the inbox. */
  undo: () => Promise<boolean>;
  reset: () => void;
}

const initialState = {
  status: 'idle',
  items: [],
  readAt: 0,
  filters: {},
  selectedKey: null,
  openKey: null,
  saveStatus: 'idle',
  errorKey: null as LeadInboxErrorKey | null,
  calls: [] as LeadCall[],
} satisfies Partial<LeadInboxState>;

/** Rows the list shows: not sent back, through the filters. */
export function visibleItems(state: Pick<LeadInboxState, 'items' | 'filters'>, now = Date.now()) {
  return filterInbox(
    state.items.filter((item) => item.sentBack === null),
    state.filters,
    now,
  );
}

export const useLeadInboxStore = create<LeadInboxState>()((set, get) => {
  let following: (() => void) | null = null;
  let reading: Promise<void> | null = null;
  let readAgain = false;

  const read = async () => {
    if (reading !== null) {
      readAgain = true;
      return reading;
    }
    reading = (async () => {
      do {
        readAgain = false;
        const items = toInboxItems(await readInboxDrafts(getDatabase()));
        set((now) => {
          const keys = new Set(items.map((item) => item.key));
          return {
            items,
            readAt: Date.now(),
            status: 'ready',
            selectedKey:
              now.selectedKey !== null && keys.has(now.selectedKey)
                ? now.selectedKey
                : (visibleItems({ items, filters: now.filters })[0]?.key ?? null),
          };
        });
      } while (readAgain);
    })().finally(() => {
      reading = null;
    });
    return reading;
  };

  /** Records one event of the lead on the open row; null when it could not. */
  const record = async <K extends DecisionKind>(
    item: InboxItem,
    kind: K,
    payload: DecisionPayloads[K],
    parents: readonly string[],
  ): Promise<string | null> => {
    set({ saveStatus: 'saving', errorKey: null });
    try {
      const draftVersion = item.record.draft.draftVersion;
      const eventId = await storeLeadEvent(kind, payload, {
        projectId: item.projectId,
        draftId: item.draftId,
        parents,
        ...(draftVersion === undefined ? {} : { draftVersion }),
      });
      // Undoable from the moment it is stored: the change feed may already have taken the row
      // out of the list (and the lead pressed Z) before the read below is back.
      if (kind === 'resolve' || kind === 'comment') {
        const call: LeadCall = {
          eventId,
          projectId: item.projectId,
          draftId: item.draftId,
          kind: kind,
        };
        set((now) => ({ calls: [...now.calls, call] }));
      }
      await read();
      set({ saveStatus: 'saved' });
      return eventId;
    } catch (error) {
      console.error('Could not save the lead decision', error);
      // The one expected failure: decisions carry the reviewer's name, and none is set.
      const key: LeadInboxErrorKey =
        error instanceof Error && error.message === 'review.errors.noProfile'
          ? 'review.errors.noProfile'
          : 'lead.inbox.errors.saveFailed';
      set({ saveStatus: 'error', errorKey: key });
      return null;
    }
  };

  /** After a call: back to the list, the cursor on the row that followed the decided one. */
  const leave = () => {
    set((now) => {
      const rows = visibleItems(now);
      return {
        openKey: null,
        selectedKey: rows.some((row) => row.key === now.selectedKey)
          ? now.selectedKey
          : (rows[0]?.key ?? null),
      };
    });
  };

  return {
    ...initialState,

    async load() {
      if (following === null) {
        following = onDataChange((change) => {
          if (change.drafts !== undefined || change.hub === true) {
            void read().catch((error: unknown) => console.error('Could not read the inbox', error));
          }
        });
      }
      if (get().status === 'idle') {
        set({ status: 'loading' });
      }
      try {
        await read();
      } catch (error) {
        console.error('Could not read the inbox', error);
        set({ status: 'error' });
      }
    },

    setFilter(facet, value) {
      set((now) => {
        const filters = { ...now.filters };
        if (value === null) {
          delete filters[facet];
        } else {
          filters[facet] = value;
        }
        return {
          filters,
          selectedKey: visibleItems({ items: now.items, filters })[0]?.key ?? null,
        };
      });
    },

    clearFilters: () =>
      set((now) => ({
        filters: {},
        selectedKey: visibleItems({ items: now.items, filters: {} })[0]?.key ?? null,
      })),

    select: (selectedKey) => set({ selectedKey }),

    move(step, now = Date.now()) {
      const state = get();
      const rows = visibleItems(state, now);
      if (rows.length === 0) {
        return;
      }
      const at = rows.findIndex((row) => row.key === state.selectedKey);
      const next = at < 0 ? 0 : Math.min(rows.length - 1, Math.max(0, at + step));
      set({ selectedKey: rows[next]?.key ?? null });
    },

    open(key) {
      const target = key ?? get().selectedKey;
      if (target === null || !get().items.some((item) => item.key === target)) {
        return;
      }
      // The lead's time on this row starts now (the clock is the review screen's).
      takeActiveTime('resolve');
      set({ openKey: target, selectedKey: target, saveStatus: 'idle', errorKey: null });
    },

    close: () => set({ openKey: null }),

    async resolve(choice, note) {
      const item = get().items.find((row) => row.key === get().openKey);
      if (item === undefined) {
        return false;
      }
      const planned = planResolve(item, choice, note);
      const eventId = await record(item, 'resolve', planned.payload, planned.parents);
      if (eventId === null) {
        return false;
      }
      leave();
      return true;
    },

    async sendBack(comment) {
      const item = get().items.find((row) => row.key === get().openKey);
      if (item === undefined) {
        return false;
      }
      if (comment.trim() === '') {
        set({ saveStatus: 'error', errorKey: 'lead.inbox.errors.commentRequired' });
        return false;
      }
      const planned = planSendBack(item, comment);
      const eventId = await record(item, 'comment', planned.payload, planned.parents);
      if (eventId === null) {
        return false;
      }
      leave();
      return true;
    },

    async undo() {
      const inSitting = get().calls[get().calls.length - 1];
      const last =
        inSitting ??
        (await latestStoredLeadCall().catch((error: unknown) => {
          console.error('Could not read the lead’s earlier calls', error);
          return undefined;
        }));
      if (last === undefined) {
        set({ saveStatus: 'error', errorKey: 'lead.inbox.errors.nothingToUndo' });
        return false;
      }
      set({ saveStatus: 'saving', errorKey: null });
      try {
        await retractLeadCall(last);
        await read();
        const key = get().items.find(
          (item) => item.projectId === last.projectId && item.draftId === last.draftId,
        )?.key;
        set((now) => ({
          calls: inSitting === undefined ? now.calls : now.calls.slice(0, -1),
          saveStatus: 'saved',
          selectedKey: key ?? now.selectedKey,
        }));
        return true;
      } catch (error) {
        console.error('Could not undo the lead decision', error);
        set({ saveStatus: 'error', errorKey: 'lead.inbox.errors.saveFailed' });
        return false;
      }
    },

    reset() {
      following?.();
      following = null;
      readAgain = false;
      set(initialState);
    },
  };
});
