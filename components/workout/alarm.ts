/**
 * The end-of-countdown signal: a short beep made with Web Audio (no media file to fetch or cache)
 * and a vibration where the phone allows it. Browsers only let a page make sound after the runner
 * touched it, so the audio context is created (or resumed) inside the tap that starts a countdown.
 */
let context: AudioContext | null = null;

/** Call from a tap or key press. */
export function primeAlarm(): void {
  try {
    const Context = window.AudioContext ?? (window as Window & { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
    if (!Context) return;
    context ??= new Context();
    if (context.state === "suspended") void context.resume().catch(() => undefined);
  } catch {
    context = null;
  }
}

function beep(at: number, audio: AudioContext): void {
  const oscillator = audio.createOscillator();
  const gain = audio.createGain();
  oscillator.type = "sine";
  oscillator.frequency.value = 880;
  gain.gain.setValueAtTime(0.0001, at);
  gain.gain.exponentialRampToValueAtTime(0.3, at + 0.02);
  gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.25);
  oscillator.connect(gain).connect(audio.destination);
  oscillator.start(at);
  oscillator.stop(at + 0.3);
}

/** Two beeps and a buzz. Silently does less where the browser allows less. */
export function soundAlarm(): void {
  try {
    if (context && context.state === "running") {
      beep(context.currentTime, context);
      beep(context.currentTime + 0.35, context);
    }
  } catch {
    // No sound on this device: the vibration and the announcement remain.
  }
  navigator.vibrate?.([200, 100, 200]);
}
