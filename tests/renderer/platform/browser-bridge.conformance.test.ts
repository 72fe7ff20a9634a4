import { runBridgeConformance } from './bridge-conformance';
import { makeBrowserHarness } from './browser-bridge-harness';

runBridgeConformance('browser bridge (jsdom)', makeBrowserHarness);
