/** Grows a textarea with its content up to `maxPx`, then it scrolls; shrinks back when text is removed. */
export function fitTextareaHeight({ textarea, maxPx }: { textarea: HTMLTextAreaElement; maxPx: number }): void {
  textarea.style.height = 'auto';
  const wanted = textarea.scrollHeight + (textarea.offsetHeight - textarea.clientHeight);
  textarea.style.height = `${Math.min(wanted, maxPx)}px`;
  textarea.style.overflowY = wanted > maxPx ? 'auto' : 'hidden';
}
