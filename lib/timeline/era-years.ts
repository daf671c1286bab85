import { timeInterval, type TimeInterval } from 'd3-time';
import { astronomicalYear, eraYear } from './year-label';

/**
 * A d3-time interval of every `step` years counted as historians count them, so ticks read
 * "20 BCE, 10 BCE, 1 CE, 10, 20" rather than d3's astronomical "21 BCE, 11 BCE, 1 BCE, 10".
 * There is no year 0: the first CE tick is year 1.
 */
export function eraYears(step: number): TimeInterval {
  return timeInterval(
    (date) => {
      const era = eraYear(date.getUTCFullYear());
      let floored = Math.floor(era / step) * step;
      if (floored === 0) floored = 1;
      date.setUTCFullYear(astronomicalYear(floored), 0, 1);
      date.setUTCHours(0, 0, 0, 0);
    },
    (date, count) => {
      date.setUTCFullYear(date.getUTCFullYear() + count * step);
    },
  );
}
