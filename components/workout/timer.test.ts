import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  extendTimer,
  formatClock,
  hasEnded,
  milestoneAt,
  pauseTimer,
  remainingMs,
  resumeTimer,
  secondsLeft,
  spokenDuration,
  startTimer,
} from "./timer";

const T0 = 1_700_000_000_000;

describe("timer", () => {
  it("counts down from the start timestamp, whatever the clock says in between", () => {
    const timer = startTimer(90_000, T0);
    expect(remainingMs(timer, T0)).toBe(90_000);
    expect(remainingMs(timer, T0 + 30_000)).toBe(60_000);
    expect(secondsLeft(timer, T0 + 30_001)).toBe(60);
    expect(hasEnded(timer, T0 + 89_999)).toBe(false);
    expect(hasEnded(timer, T0 + 90_000)).toBe(true);
    // A phone asleep for ten minutes comes back to an ended timer, not a frozen one.
    expect(remainingMs(timer, T0 + 600_000)).toBe(0);
  });

  it("never reports more than the duration when the clock goes backwards", () => {
    const timer = startTimer(30_000, T0);
    expect(remainingMs(timer, T0 - 5_000)).toBe(30_000);
  });

  it("stands still while paused and resumes where it stopped", () => {
    const started = startTimer(45_000, T0);
    const paused = pauseTimer(started, T0 + 10_000);
    expect(remainingMs(paused, T0 + 100_000)).toBe(35_000);
    const resumed = resumeTimer(paused, T0 + 100_000);
    expect(remainingMs(resumed, T0 + 105_000)).toBe(30_000);
    // Pausing twice or resuming a running timer changes nothing.
    expect(pauseTimer(paused, T0 + 200_000)).toBe(paused);
    expect(resumeTimer(resumed, T0 + 200_000)).toBe(resumed);
  });

  it("+15 s moves the end later", () => {
    const timer = extendTimer(startTimer(60_000, T0), 15_000);
    expect(remainingMs(timer, T0 + 60_000)).toBe(15_000);
  });

  it("reaches its milestones once each: started, ten seconds left, ended", () => {
    const timer = startTimer(90_000, T0);
    expect(milestoneAt(timer, T0)).toBe("started");
    expect(milestoneAt(timer, T0 + 79_999)).toBe("started");
    expect(milestoneAt(timer, T0 + 80_000)).toBe("ten-left");
    expect(milestoneAt(timer, T0 + 90_000)).toBe("ended");
  });

  it("has no ten-seconds-left milestone for a countdown of ten seconds or less", () => {
    const timer = startTimer(10_000, T0);
    expect(milestoneAt(timer, T0 + 1)).toBe("started");
    expect(milestoneAt(timer, T0 + 9_999)).toBe("started");
  });

  it("time left plus time run is the duration, for any pauses", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1_000, max: 600_000 }), fc.array(fc.integer({ min: 0, max: 120_000 }), { maxLength: 8 }), (duration, steps) => {
        let timer = startTimer(duration, T0);
        let now = T0;
        let run = 0;
        steps.forEach((step, i) => {
          if (i % 2 === 0) run += step;
          now += step;
          timer = i % 2 === 0 ? pauseTimer(timer, now) : resumeTimer(timer, now);
        });
        expect(remainingMs(timer, now)).toBe(Math.max(0, duration - run));
      }),
    );
  });

  it("formats the clock as m:ss and speaks durations in words", () => {
    expect(formatClock(83)).toBe("1:23");
    expect(formatClock(9)).toBe("0:09");
    expect(formatClock(0)).toBe("0:00");
    expect(spokenDuration(90)).toBe("1 minute 30 seconds");
    expect(spokenDuration(120)).toBe("2 minutes");
    expect(spokenDuration(45)).toBe("45 seconds");
    expect(spokenDuration(1)).toBe("1 second");
  });
});
