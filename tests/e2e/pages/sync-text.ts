/**
 * The strings the team-hub and sync page objects look for, per language (the locale files'
 * texts: teamHub, sync, publish, projects), so a control is found by its role and accessible
 * name as a reviewer would find it, and a renamed one fails here first.
 */
import type { Language } from './first-screen-page';

export const SYNC_TEXT = {
  en: {
    settings: 'Settings',
    settingsClose: 'Close',
    hubAddress: 'Hub address',
    hubToken: 'Token',
    testConnection: 'Test connection',
    connectedAs: (name: string, role: string) => `as ${name}, role: ${role}.`,
    roles: { reviewer: 'reviewer', lead: 'lead' },
    projects: 'Project',
    projectsClose: 'Close',
    publishOpen: 'Publish to hub…',
    publishConfirm: 'Publish',
    published: 'Published to the team hub.',
    onHub: 'On the team hub',
    panelTitle: 'Sync with the team hub',
    syncNow: 'Sync now',
    panelClose: 'Close',
    rejectedTitle: /^Decisions the hub did not accept \(\d+\)$/,
    unknownDraft: 'The hub does not have this draft: it was never published there.',
    language: 'Language',
    waiting: (count: number) => `${count} waiting`,
    refused: (count: number) => `${count} refused`,
  },
  'zh-TW': {
    settings: '設定',
    settingsClose: '關閉',
    hubAddress: '伺服器位址',
    hubToken: '權杖',
    testConnection: '測試連線',
    connectedAs: (name: string, role: string) => `身分為 ${name}，角色：${role}。`,
    roles: { reviewer: '審閱者', lead: '組長' },
    projects: '專案',
    projectsClose: '關閉',
    publishOpen: '發布到伺服器…',
    publishConfirm: '發布',
    published: '已發布到團隊伺服器。',
    onHub: '已在團隊伺服器上',
    panelTitle: '與團隊伺服器同步',
    syncNow: '立即同步',
    panelClose: '關閉',
    rejectedTitle: /^未被伺服器接受的決定（\d+）$/,
    unknownDraft: '伺服器上沒有這份草稿：它從未發布到伺服器。',
    language: '語言',
    waiting: (count: number) => `${count} 個待送出`,
    refused: (count: number) => `${count} 個被拒`,
  },
} as const satisfies Record<Language, unknown>;
