// Shows how far a chat export's upload has gone; htmx reports the progress, this draws it.
document.addEventListener("htmx:xhr:progress", (event) => {
  const form = event.target.closest("[data-chat-upload]");
  const bar = document.getElementById("chat-progress-bar");
  const label = document.getElementById("chat-progress-label");
  if (!form || !bar || !event.detail.lengthComputable) return;
  const percent = Math.round((event.detail.loaded / event.detail.total) * 100);
  bar.value = percent;
  bar.textContent = `${percent}%`;
  if (percent >= 100 && label) label.textContent = label.dataset.doneText;
});
