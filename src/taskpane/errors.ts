/** The message of anything thrown (adapters throw Errors with French messages). */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Let the browser paint (a spinner, the last results) before synchronous work such as a check. */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame === 'function')
      requestAnimationFrame(() => setTimeout(resolve, 0));
    else setTimeout(resolve, 0);
  });
}
