// The renderer must never import Electron (DESIGN.md dependency rules); failing loudly here
// catches a stray import that lint somehow missed.
throw new Error('electron must not be imported from renderer code or renderer tests');
