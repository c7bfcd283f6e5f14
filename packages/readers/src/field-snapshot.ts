/** An `<input>` or `<textarea>`, recognised by tag so that it works across frames. */
type TextField = HTMLInputElement | HTMLTextAreaElement;

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

function isTextField(target: EventTarget | null): target is TextField {
  const tag = (target as Element | null)?.tagName;
  return (tag === 'INPUT' || tag === 'TEXTAREA') && typeof (target as TextField).value === 'string';
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
