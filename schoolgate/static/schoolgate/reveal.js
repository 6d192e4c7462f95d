// Offensive text and images stay blurred until a member of staff chooses to see them.
// One listener on the document, so content htmx swaps in later works too.
document.addEventListener("click", (event) => {
  const button = event.target.closest("button.sg-reveal");
  if (!button) return;
  const target = document.getElementById(button.getAttribute("aria-controls"));
  if (!target) return;
  const isShown = target.classList.toggle("sg-blurred") === false;
  button.setAttribute("aria-pressed", String(isShown));
  const what = button.dataset.what || (target.tagName === "IMG" ? "image" : "text");
  button.textContent = isShown ? `Blur the ${what} again` : `Show the ${what}`;
});
