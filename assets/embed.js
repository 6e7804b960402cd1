/* Sizes each iframe[data-scale-explainer-frame] to its content, on messages from its own window. */
(function () {
  addEventListener("message", function (event) {
    var data = event.data, height = data && data.height;
    if (!data || data.type !== "scale-explainer:height") return;
    if (typeof height !== "number" || !(height > 0 && height < 100000)) return;
    var frames = document.querySelectorAll("iframe[data-scale-explainer-frame]");
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i], style = getComputedStyle(frame), extra = 0;
      if (frame.contentWindow !== event.source) continue;
      if (style.boxSizing === "border-box") {
        ["borderTopWidth", "borderBottomWidth", "paddingTop", "paddingBottom"].forEach(function (side) {
          extra += parseFloat(style[side]) || 0;
        });
      }
      frame.style.setProperty("height", Math.ceil(height + extra) + "px", "important");
    }
  });
})();
