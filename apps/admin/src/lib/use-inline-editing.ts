import { useRef, useState } from 'react';
import { useReturnFocus } from './use-return-focus';

/**
 * State of a list whose forms open in place: what is being edited, the success message shown after a save
 * or a deletion, and focus handling. `open(next)` remembers the button marked `data-return-focus={openerKey(next)}`
 * and clears the message (calling `onOpen`, e.g. to reset a failed deletion); `done(text)` closes the form, shows
 * `text` if any and puts focus back on that button (or on the messages, `messagesRef`, when it is gone).
 */
export function useInlineEditing<TEditing>(openerKey: (editing: TEditing) => string, onOpen: () => void) {
  const [editing, setEditing] = useState<TEditing | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const messagesRef = useRef<HTMLDivElement>(null);
  const focus = useReturnFocus(rootRef, () => messagesRef.current);

  function open(next: TEditing | null) {
    if (next) focus.remember(openerKey(next));
    setMessage(null);
    onOpen();
    setEditing(next);
  }

  function done(text: string | null) {
    setEditing(null);
    if (text) setMessage(text);
    focus.restore();
  }

  return { editing, message, setMessage, rootRef, messagesRef, open, done };
}
