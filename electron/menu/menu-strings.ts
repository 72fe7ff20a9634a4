/**
 * The native menu's strings, in every language the UI ships (DESIGN.md, Language and access:
 * "zh-TW and English from the first screen"). Main has no i18next; this small dictionary is
 * typed so a missing key in either language is a compile error.
 */
import type { Language } from '../../shared/ipc/contract';

/** Every label the application menu shows. */
export interface MenuStrings {
  about: string;
  services: string;
  hide: string;
  hideOthers: string;
  unhide: string;
  quit: string;
  file: string;
  openFiles: string;
  loadDemoQueue: string;
  exportLabelledSet: string;
  close: string;
  edit: string;
  undo: string;
  redo: string;
  cut: string;
  copy: string;
  paste: string;
  selectAll: string;
  view: string;
  language: string;
  english: string;
  traditionalChinese: string;
  toggleTheme: string;
  reload: string;
  forceReload: string;
  toggleDevTools: string;
  resetZoom: string;
  zoomIn: string;
  zoomOut: string;
  toggleFullScreen: string;
  window: string;
  minimize: string;
  zoom: string;
  help: string;
  keyboardShortcuts: string;
}

/** Menu strings by language. Language names are written in their own language on purpose. */
export const MENU_STRINGS: Readonly<Record<Language, MenuStrings>> = {
  en: {
    about: 'About Loupe',
    services: 'Services',
    hide: 'Hide Loupe',
    hideOthers: 'Hide Others',
    unhide: 'Show All',
    quit: 'Quit Loupe',
    file: 'File',
    openFiles: 'Open Files…',
    loadDemoQueue: 'Load Demo Queue',
    exportLabelledSet: 'Export Labelled Set…',
    close: 'Close Window',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    view: 'View',
    language: 'Language',
    english: 'English',
    traditionalChinese: '繁體中文',
    toggleTheme: 'Toggle Theme',
    reload: 'Reload',
    forceReload: 'Force Reload',
    toggleDevTools: 'Toggle Developer Tools',
    resetZoom: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    toggleFullScreen: 'Toggle Full Screen',
    window: 'Window',
    minimize: 'Minimize',
    zoom: 'Zoom',
    help: 'Help',
    keyboardShortcuts: 'Keyboard Shortcuts',
  },
  'zh-TW': {
    about: '關於 Loupe',
    services: '服務',
    hide: '隱藏 Loupe',
    hideOthers: '隱藏其他',
    unhide: '顯示全部',
    quit: '結束 Loupe',
    file: '檔案',
    openFiles: '開啟檔案…',
    loadDemoQueue: '載入示範佇列',
    exportLabelledSet: '匯出標註資料集…',
    close: '關閉視窗',
    edit: '編輯',
    undo: '還原',
    redo: '重做',
    cut: '剪下',
    copy: '拷貝',
    paste: '貼上',
    selectAll: '全選',
    view: '檢視',
    language: '語言',
    english: 'English',
    traditionalChinese: '繁體中文',
    toggleTheme: '切換主題',
    reload: '重新載入',
    forceReload: '強制重新載入',
    toggleDevTools: '切換開發者工具',
    resetZoom: '實際大小',
    zoomIn: '放大',
    zoomOut: '縮小',
    toggleFullScreen: '切換全螢幕',
    window: '視窗',
    minimize: '最小化',
    zoom: '縮放',
    help: '說明',
    keyboardShortcuts: '鍵盤快速鍵',
  },
};
