/** An `<input>` or `<textarea>`, recognised by tag so that it works across frames. */
type TextField = HTMLInputElement | HTMLTextAreaElement;

const NOT_TYPED_INTO = ['button', 'submit', 'reset', 'checkbox', 'radio', 'image', 'file', 'color', 'range'];

/** A text field's value and selection, taken before a key's default action inserts anything. */
export interface FieldSnapshot {
  readonly field: TextField;
  readonly value: string;
  readonly selectionStart: number | null;
  readonly selectionEnd: number | null;
}

/** Snapshots the event target when it is a text field; anything else has nothing to undo. */
export function snapshotField(target: EventTarget | null): FieldSnapshot | undefined {
  if (!isTextField(target)) return undefined;
  return {
    field: target,
    value: target.value,
    selectionStart: target.selectionStart,
    selectionEnd: target.selectionEnd,
  };
}

/** Puts the snapshot back and tells controlled components (a bubbling `input`) when the value changed. */
export function restoreField(snapshot: FieldSnapshot): void {
  const { field } = snapshot;
  const changed = field.value !== snapshot.value;
  if (changed) field.value = snapshot.value;
  if (snapshot.selectionStart !== null && snapshot.selectionEnd !== null) {
    try {
      field.setSelectionRange(snapshot.selectionStart, snapshot.selectionEnd);
    } catch {
      // Input types without a selection (email, number in some browsers) throw here; the value is what matters.
    }
  }
  if (changed) field.dispatchEvent(inputEvent(field.ownerDocument));
}

/**
 * Undoes a burst that may have moved between fields: each field goes back to its snapshot from before the
 * burst's first key in it. Keys that hit no text field have `undefined` and nothing to undo.
 */
export function restoreFields(snapshots: ReadonlyArray<FieldSnapshot | undefined>): void {
  const done: TextField[] = [];
  for (const snapshot of snapshots) {
    if (!snapshot || done.indexOf(snapshot.field) >= 0) continue;
    done.push(snapshot.field);
    restoreField(snapshot);
  }
}

/** Whether keys aimed at `target` type into it (an `<input>` or `<textarea>`), rather than activate it. */
export function isTextField(target: EventTarget | null): target is TextField {
  const tag = (target as Element | null)?.tagName;
  if (!((tag === 'INPUT' || tag === 'TEXTAREA') && typeof (target as TextField).value === 'string'))
    return false;
  // Buttons, checkboxes and the like are inputs too, but Space activates them instead of typing.
  return tag === 'TEXTAREA' || NOT_TYPED_INTO.indexOf((target as HTMLInputElement).type) < 0;
}

function inputEvent(document: Document): Event {
  try {
    return new Event('input', { bubbles: true });
  } catch {
    // Old panel browsers have no Event constructor.
    const event = document.createEvent('Event');
    event.initEvent('input', true, false);
    return event;
  }
}
