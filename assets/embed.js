/* Sizes each iframe[data-scale-explainer-frame] to its content, on messages from its own
   window (asked for once when this runs), and keeps the reader's place in the story on
   screen when the height changes. */
(function () {
  function frames() {
    return document.querySelectorAll("iframe[data-scale-explainer-frame]");
  }
  addEventListener("message", function (event) {
    var data = event.data, height = data && data.height, shift = data && data.shift, at = data && data.at;
    if (!data || data.type !== "scale-explainer:height") return;
    if (typeof height !== "number" || !(height > 0 && height < 100000)) return;
    var all = frames();
    for (var i = 0; i < all.length; i++) {
      var frame = all[i], style = getComputedStyle(frame), extra = 0;
      if (frame.contentWindow !== event.source) continue;
      if (style.boxSizing === "border-box") {
        ["borderTopWidth", "borderBottomWidth", "paddingTop", "paddingBottom"].forEach(function (side) {
          extra += parseFloat(style[side]) || 0;
        });
      }
      var before = frame.getBoundingClientRect(), after;
      frame.style.setProperty("height", Math.ceil(height + extra) + "px", "important");
      after = frame.getBoundingClientRect();
      // What the reader was looking at moved by `shift` inside the frame (never further than
      // the frame grew or shrank, give or take rounding), and the frame by however the page
      // reflowed: scroll so that it stays where it was on screen, at once, whatever the
      // page's scroll-behavior. A step the reader did not choose to keep (the story shown
      // whole when its code failed: `at` is where its top was in the frame) is kept only if
      // it was in the upper half of the screen; lower, the reader is in the article above.
      var reading = typeof at !== "number" || before.top + at < innerHeight / 2;
      if (typeof shift === "number" && shift !== 0 && reading && Math.abs(shift) <= Math.abs(after.height - before.height) + 1) {
        scrollBy({ top: shift + after.top - before.top, behavior: "instant" });
      }
    }
  });
  // A frame that loaded before this script ran (it came late, or a plugin held it back)
  // has said its height already, to no one: it says it again when asked.
  var all = frames();
  for (var i = 0; i < all.length; i++) {
    if (all[i].contentWindow) all[i].contentWindow.postMessage({ type: "scale-explainer:report-height" }, "*");
  }
})();
