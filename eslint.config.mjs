// ESLint flat config: type-aware typescript-eslint, react-hooks, and the dependency rules of
// DESIGN.md ("Processes and folders") as lint errors rather than wishes.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = { group: ['node:*'], message: 'Node built-ins belong to electron/ or hub/.' };
const electronModule = { name: 'electron', message: 'Only electron/ may import Electron.' };
const dexieModule = { name: 'dexie', message: 'Dexie is used only under renderer/db/.' };
const zodModule = {
  name: 'zod',
  message: 'Import z from shared/validation/zod: it configures zod for the CSP (no eval).',
};
const folder = (name) => ({
  group: [`**/${name}/**`, `**/${name}`],
  message: `Do not import from ${name}/ here.`,
});
const sharedPaths = [
  electronModule,
  dexieModule,
  zodModule,
  { name: 'react', message: 'shared/ is UI-free.' },
];
// The renderer's layers, top down: app (the shell) → features (screens) → stores (state and
// actions) → db, sync, import, platform. An import may only point down.
const appLayer = {
  group: ['**/app/**', '**/app'],
  message: 'renderer/app is the shell above the features; move what both need down.',
};
const featuresLayer = {
  group: ['**/features/**', '**/features'],
  message: 'Stores sit below the features; move what both need into the store or shared/.',
};
// electron/ipc is the typed channel plumbing; the handlers it carries are wired in from above
// (electron/register-ipc-handlers.ts), so the plumbing never depends on what it carries.
const ipcPlumbingWall = ['handlers', 'team-hub', 'menu', 'window', 'protocol'].map((name) => ({
  group: [`**/${name}/**`, `**/${name}`],
  message: `electron/ipc is plumbing: ${name}/ is wired to it from electron/register-ipc-handlers.ts.`,
}));

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'release/**',
      'node_modules/**',
      'coverage/**',
      'test-results/**',
      '.tmp/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        project: ['./tsconfig.node.json', './tsconfig.web.json', './tsconfig.tests.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      curly: 'error',
      eqeqeq: 'error',
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: { ...globals.node },
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'tests/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: sharedPaths,
          patterns: [nodeBuiltins, folder('renderer'), folder('electron'), folder('hub')],
        },
      ],
    },
  },
  {
    // The domain (drafts, projects, settings) sits below the review engine: review reads the
    // domain, never the reverse (canonical JSON, which both use, lives in shared/json/).
    files: ['shared/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: sharedPaths,
          patterns: [
            nodeBuiltins,
            folder('renderer'),
            folder('electron'),
            folder('hub'),
            {
              group: ['**/review/**', '**/review'],
              message: 'shared/domain sits below shared/review; move what both need lower.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['shared/validation/zod.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/db/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronModule, dexieModule, zodModule],
          patterns: [nodeBuiltins, folder('electron'), folder('hub')],
        },
      ],
    },
  },
  {
    // Screens read and write through store actions (CONVENTIONS.md), never the tables directly.
    files: ['renderer/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronModule, dexieModule, zodModule],
          patterns: [
            nodeBuiltins,
            folder('electron'),
            folder('hub'),
            {
              group: ['**/db/repositories/**', '**/db/database-instance', '**/db/loupe-database'],
              message:
                'Features go through a store action (renderer/stores/); only rows types here.',
            },
            {
              group: ['**/platform/current-bridge'],
              message: 'Features reach the platform through a store action (renderer/stores/).',
            },
            appLayer,
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/stores/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronModule, dexieModule, zodModule],
          patterns: [nodeBuiltins, folder('electron'), folder('hub'), featuresLayer, appLayer],
        },
      ],
    },
  },
  {
    // renderer/components: generic UI (the modal dialog, the inline question) that features
    // import. It knows nothing of the screens, their state or the shell, so it never imports them.
    files: ['renderer/components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronModule, dexieModule, zodModule],
          patterns: [
            nodeBuiltins,
            folder('electron'),
            folder('hub'),
            {
              group: ['**/features/**', '**/features', '**/stores/**', '**/stores', '**/app/**'],
              message: 'renderer/components is generic UI below the features, stores and shell.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/db/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronModule, zodModule],
          patterns: [nodeBuiltins, folder('electron'), folder('hub')],
        },
      ],
    },
  },
  {
    // Raw window globals that the Bridge owns (DESIGN.md: "The renderer never talks to window.*").
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/platform/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'window', property: 'loupe', message: 'Use the Bridge (renderer/platform/).' },
        { object: 'window', property: 'open', message: 'Use bridge.openExternal.' },
      ],
    },
  },
  {
    // The hub imports shared/ only (DESIGN.md); Node built-ins are its own to use.
    files: ['hub/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            electronModule,
            dexieModule,
            zodModule,
            { name: 'react', message: 'The hub has no UI.' },
          ],
          patterns: [folder('renderer'), folder('electron')],
        },
      ],
    },
  },
  {
    // Command-line clients of the hub (loupe-export) speak to it over HTTP only: shared/ and
    // Node built-ins, never the hub's own code.
    files: ['cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronModule, dexieModule, zodModule, { name: 'react', message: 'No UI.' }],
          patterns: [folder('renderer'), folder('electron'), folder('hub')],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/ipc/typed-ipc-main.ts', 'electron/preload.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            dexieModule,
            {
              name: 'electron',
              importNames: ['ipcMain', 'ipcRenderer'],
              message: 'Use the typed IPC wrappers.',
            },
          ],
          patterns: [folder('renderer'), folder('hub')],
        },
      ],
    },
  },
  {
    files: ['electron/ipc/**/*.ts'],
    ignores: ['electron/ipc/typed-ipc-main.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            dexieModule,
            {
              name: 'electron',
              importNames: ['ipcMain', 'ipcRenderer'],
              message: 'Use the typed IPC wrappers.',
            },
          ],
          patterns: [folder('renderer'), folder('hub'), ...ipcPlumbingWall],
        },
      ],
    },
  },
  {
    files: ['electron/preload.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [dexieModule], patterns: [folder('renderer'), folder('hub'), nodeBuiltins] },
      ],
    },
  },
  {
    files: ['electron/ipc/typed-ipc-main.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [dexieModule],
          patterns: [folder('renderer'), folder('hub'), ...ipcPlumbingWall],
        },
      ],
    },
  },
);
