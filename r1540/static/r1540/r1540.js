// Small behaviours that need no framework. Every page works without them.
document.addEventListener("change", (event) => {
  if (event.target.matches("[data-autosubmit]")) {
    event.target.form.requestSubmit();
  }
});
