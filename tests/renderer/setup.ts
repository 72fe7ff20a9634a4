// fake-indexeddb must be installed before Dexie is imported anywhere (TOOLCHAIN.md).
import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/react';

// CI runs the tiers on 2 shared cores: a `findBy…` that waits on IndexedDB (fake-indexeddb is
// timer-driven) may take longer than the 1 s default there. A bound on waiting, not a timing check.
configure({ asyncUtilTimeout: 5_000 });
