/**
 * How the lead's screens name the people behind decisions (issue 14): the teammate's name from
 * the team list, the lead's own decisions as "you", and the hub user id when the list does not
 * know it (solo, a list not fetched yet). Two teammates with one name get their ids beside it,
 * so they stay apart; the id is also the tooltip wherever a name shows.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamMember } from '../../../shared/sync/team';
import { selectNameOf, useTeamStore } from '../../stores/lead/team-store';
import { useProfileStore } from '../../stores/profile/profile-store';

/** A hub user id's label on screen or in a file. */
export type ReviewerLabel = (userId: string) => string;

/**
 * Labels by the team's names (`nameOf`: the hub's list, and this machine's reviewer by their
 * profile): the name, "name (id)" when teammates share it, or the id.
 */
export function reviewerLabel(
  members: ReadonlyMap<string, TeamMember>,
  nameOf: (userId: string) => string | null = (userId) => members.get(userId)?.name ?? null,
): ReviewerLabel {
  const holders = new Map<string, number>();
  for (const member of members.values()) {
    holders.set(member.name, (holders.get(member.name) ?? 0) + 1);
  }
  return (userId) => {
    const name = nameOf(userId);
    if (name === null) {
      return userId;
    }
    return (holders.get(name) ?? 0) > 1 ? `${name} (${userId})` : name;
  };
}

/** {@link reviewerLabel} over the team store's list, new whenever the list or a name changes. */
export function useTeamLabel(): ReviewerLabel {
  const members = useTeamStore((state) => state.members);
  const nameOf = useTeamStore(selectNameOf);
  return useMemo(() => reviewerLabel(members, nameOf), [members, nameOf]);
}

/** As {@link useTeamLabel}, with this machine's reviewer as "you". */
export function useReviewerLabel(): ReviewerLabel {
  const { t } = useTranslation();
  const me = useProfileStore((state) => state.profile?.reviewerId);
  const label = useTeamLabel();
  return useMemo(
    () => (userId: string) => (userId === me ? t('review.history.you') : label(userId)),
    [label, me, t],
  );
}
