import { useEffect, useState } from 'react';
import type { Clock } from './state';

/** The one place the playground reads the real time; everything else receives `now` from here. */
export function realNow(): number {
  return Math.floor(Date.now() / 1000);
}

/** "Now" as a NumericDate: ticking every second when live, fixed when the student travels in time. */
export function useNow(clock: Clock): number {
  const [tick, setTick] = useState(realNow);
  useEffect(() => {
    if (!clock.live) return;
    const id = setInterval(() => setTick(realNow()), 1000);
    return () => clearInterval(id);
  }, [clock.live]);
  return clock.live ? tick : clock.at;
}
