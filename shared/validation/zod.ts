/**
 * The one way shared, main and renderer code get zod (lint bans importing 'zod' elsewhere).
 *
 * zod 4 compiles object parsers with `new Function` unless told not to, and probes for it on the
 * first parse. The renderer's Content-Security-Policy forbids eval (DESIGN.md, Security), so that
 * probe alone shows up as a CSP violation on every start. Jitless parsing is the interpreter path:
 * same results, no eval.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
