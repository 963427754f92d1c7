/**
 * Modal forms keep their buttons in the modal footer, outside the <form>; this invisible submit button
 * restores the browser's "Enter submits the form" behaviour for keyboard users.
 */
export function HiddenSubmit() {
  return <button type="submit" hidden aria-hidden="true" tabIndex={-1} />;
}
