// Hears a barcode or QR scanner anywhere in the app. A scanner in keyboard mode "types" the code
// a few milliseconds per key and presses Enter; a person types ten times slower. So a burst of
// fast keystrokes ending in Enter whose text is a valid band code (check character included)
// is a scan. Written by hand: no library listens for keyboard-wedge scanners on a whole window.
//
// Keystrokes aimed at a text field are left alone: staff scan into a field on purpose (a new
// band's code in the issue form, the lookup box itself), and the field must receive them.
import { useEffect, useEffectEvent } from 'react';
import { normaliseBandCode } from '../../../electron/contract/validation/bandCode';

/** Longest pause between two keys of one scan; scanners send keys 5–30 ms apart. */
const MAX_GAP_MS = 50;

const isEditable = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement && (target.isContentEditable || target.closest('input, textarea, select, [contenteditable="true"]') !== null);

export function useBandScanner(onScan: (code: string) => void): void {
  const scanned = useEffectEvent(onScan);
  useEffect(() => {
    let burst = '';
    let lastKeyAt = 0;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.altKey || event.metaKey || isEditable(event.target)) {
        burst = '';
        return;
      }
      const now = event.timeStamp;
      const fast = now - lastKeyAt <= MAX_GAP_MS;
      if (event.key === 'Enter') {
        const code = fast ? normaliseBandCode(burst) : null;
        burst = '';
        if (code === null) return;
        // Otherwise the Enter would also press whatever button has the focus.
        event.preventDefault();
        event.stopPropagation();
        scanned(code);
        return;
      }
      // Shift (for upper-case letters) and other named keys are not part of the code.
      if (event.key.length !== 1) return;
      burst = fast ? burst + event.key : event.key;
      lastKeyAt = now;
    };
    // Capture: hear the keys before a focused button or menu acts on them.
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, []);
}
