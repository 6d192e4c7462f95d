// The incident form's person search: it needs scripts, so it stays hidden until they run and
// the plain list below it works alone.
for (const search of document.querySelectorAll("[data-person-search]")) search.hidden = false;

// Enter in a search box looks for people; it must not send the half-filled incident form.
document.addEventListener("keydown", (event) => {
  if (event.key === "Enter" && event.target.matches("[data-person-search] input[type=search]")) {
    event.preventDefault();
  }
});

// Choosing a match selects that person in the list the picker fills, and says so.
document.addEventListener("click", (event) => {
  const button = event.target.closest("button[data-pick-for]");
  if (!button) return;
  const select = document.getElementById(button.dataset.pickFor);
  if (!select) return;
  const option = Array.from(select.options).find((o) => o.value === button.dataset.pickValue);
  if (!option) return;
  option.selected = true;
  select.dispatchEvent(new Event("change", { bubbles: true }));
  const chosen = document.getElementById(`${button.dataset.pickFor}_chosen`);
  if (chosen) chosen.textContent = `Selected: ${button.textContent.trim()}.`;
});
