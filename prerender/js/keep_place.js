// "Show all steps" changes the widget's height by thousands of px, and the browser's own
// scroll anchoring cannot keep the reader's place: it anchors to what is on screen, often
// the step controls or a step that the change takes away. Turning the switch off at the
// end left a mounted widget's reader deep in the article, and turning it on at the last
// step took a standalone reader back to the first. As `readersPlace` does for a frame (with
// embed.js), the first of the widget's parts on screen that is still shown after the change
// stays where it was, a step before the title and the switch: turning Show all on keeps the
// step being read (even with the title on screen too: the reader stays with what they were
// reading, where focus goes), turning it off at the end keeps the switch. Measured on
// screen before the code renders the click (Yew listens in the capture phase below
// `scope`: the document, or a mount's shadow root) and again after, so whatever the
// browser's own anchoring did is already counted. Used by each
// direct mount and by the standalone page's script, after its first paint (the switch
// works only once the code is live, so it need not hold up the first paint).
function keepPlace(scope, root) {
  const parts = [...root.querySelectorAll(".sx-step"), ...root.querySelectorAll(".sx-header, .sx-footer")];
  const top = (part) => part.getBoundingClientRect().top;
  scope.addEventListener("click", (event) => {
    if (!event.target.closest?.(".sx-switch")) return;
    const seen = parts
      .filter((part) => part.getClientRects().length && top(part) < innerHeight && part.getBoundingClientRect().bottom > 0)
      .map((part) => [part, top(part)]);
    requestAnimationFrame(() => {
      const kept = seen.find(([part]) => part.getClientRects().length);
      if (kept) scrollBy({ top: top(kept[0]) - kept[1], behavior: "instant" });
    });
  }, true);
}
