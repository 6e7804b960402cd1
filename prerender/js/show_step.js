// The step player's parts that work without the code: before it arrives, and when it
// never does. Nothing here depends on the wasm.

// Shows step `id` in the prerendered widget under `root` as the widget itself renders it:
// the step, its dot, the progress count, and which of Previous and Next is unavailable.
// Run before the first paint, hydration keeps what it did, so a deep link never shows the
// first step first. An id that names no step changes nothing.
function showStep(root, id) {
  const steps = [...root.querySelectorAll(".sx-step")];
  const index = steps.findIndex((step) => step.id === "sx-" + id);
  if (index < 0) return;
  const mark = (element, on, attribute, value) =>
    on ? element?.setAttribute(attribute, value) : element?.removeAttribute(attribute);
  steps.forEach((step, i) => step.classList.toggle("is-current", i === index));
  root.querySelectorAll(".sx-dot").forEach((dot, i) => {
    dot.classList.toggle("is-current", i === index);
    mark(dot, i === index, "aria-current", "step");
  });
  const count = root.querySelector(".sx-progress-current");
  if (count) count.textContent = String(index + 1);
  mark(root.querySelector(".sx-previous"), index === 0, "aria-disabled", "true");
  mark(root.querySelector(".sx-next"), index === steps.length - 1, "aria-disabled", "true");
}

// Until the code is live, Previous, Next, the dots and each step's "Next: …" move from
// here, so no early tap is lost. `remember(id)` keeps the step where the code reads its
// start step, so it goes live on the step the reader is on.
function playUntilLive(root, widget, remember) {
  root.addEventListener("click", (event) => {
    if (widget.matches(".is-live, .sx-static, .sx-broken")) return;
    const button = event.target.closest?.(".sx-previous, .sx-next, .sx-dot, .sx-continue");
    if (!button || button.getAttribute("aria-disabled") === "true") return;
    const steps = [...root.querySelectorAll(".sx-step")];
    const current = steps.findIndex((step) => step.classList.contains("is-current"));
    const index = button.matches(".sx-dot")
      ? [...root.querySelectorAll(".sx-dot")].indexOf(button)
      : button.matches(".sx-previous")
        ? current - 1
        : steps.indexOf(button.closest(".sx-step") ?? steps[current]) + 1;
    const step = steps[index];
    if (!step) return;
    const id = step.id.slice("sx-".length);
    showStep(root, id);
    remember(id);
    // As the code does: from the end of a step, the reader is taken to the next heading.
    if (button.matches(".sx-continue")) step.querySelector(".sx-step-heading")?.focus();
  });
}
