/**
 * What a page shows when the code or the texts it needs before its first render did not arrive (a
 * phone losing its network between two requests): without it the page would stay blank. Both
 * languages, since the texts are what failed; plain DOM, since React may not have started. A failed
 * module is not fetched again by the browser until the page reloads, hence the button.
 */
export function showStartFailure(container: HTMLElement): void {
  const message = bilingual("p", "La page n'a pas pu se charger.", "The page could not load.");
  message.setAttribute("role", "alert");
  const retry = bilingual("button", "Réessayer", "Try again");
  retry.setAttribute("type", "button");
  retry.addEventListener("click", () => window.location.reload());
  container.replaceChildren(message, retry);
}

/** French, then English marked as such, so a screen reader reads each in its language. */
function bilingual(tag: "p" | "button", french: string, english: string): HTMLElement {
  const element = document.createElement(tag);
  const other = document.createElement("span");
  other.lang = "en";
  other.textContent = english;
  element.append(`${french} / `, other);
  return element;
}
