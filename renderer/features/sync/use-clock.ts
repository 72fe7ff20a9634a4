/** The current time for relative labels, read again every `everyMs` while a component shows. */
import { useEffect, useState } from 'react';

/** Milliseconds since the epoch, refreshed every `everyMs` (a minute by default). */
export function useClock(everyMs = 60_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
