// Shows step `id` in the prerendered widget under `root` as the widget itself renders it:
// the step, its dot, the progress count, and which of Previous and Next is unavailable.
// It runs before the first paint, and hydration keeps what it did, so a deep link never
// shows the first step first. An id that names no step changes nothing.
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
