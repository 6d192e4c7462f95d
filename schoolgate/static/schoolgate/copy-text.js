// Copy buttons for report packs: each copies the text of the element it names.
// Without JavaScript the buttons stay hidden and the text is plain and selectable.
document.querySelectorAll("button.sg-copy").forEach((button) => {
  button.hidden = false;
});
document.addEventListener("click", async (event) => {
  const button = event.target.closest("button.sg-copy");
  if (!button) return;
  const source = document.getElementById(button.dataset.copies);
  if (!source) return;
  try {
    await navigator.clipboard.writeText(source.textContent.trim());
    button.textContent = "Copied";
  } catch {
    button.textContent = "Select the text to copy it";
  }
});
