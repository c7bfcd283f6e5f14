/**
 * Types a card number into the panel frame as a keyboard-wedge reader does: keydowns on whatever has
 * focus there, then Enter. All keys go in one task: a real reader's timing comes from the device, and
 * page timers on a busy machine would stretch the gaps past the wedge's burst window. Events are made
 * by the frame's own constructors so their time stamps share the frame's clock.
 */
export function typeLikeWedge(frame: Window, text: string): void {
  const FrameKeyboardEvent = (frame as Window & typeof globalThis).KeyboardEvent;
  for (const key of [...text, 'Enter']) {
    const target = frame.document.activeElement ?? frame.document.body;
    const init = { key, bubbles: true, cancelable: true, composed: true };
    target.dispatchEvent(new FrameKeyboardEvent('keydown', init));
    target.dispatchEvent(new FrameKeyboardEvent('keyup', init));
  }
}
