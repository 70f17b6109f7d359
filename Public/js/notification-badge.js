// Counts the navigation's notification badge up when a live notification arrives (live.js turns the
// server's events into `treffpunkt:live` DOM events), on every page of a signed-in member.
(function () {
  "use strict";
  document.addEventListener("treffpunkt:live", function (event) {
    if (!event.detail || event.detail.event !== "notification") return;
    var badge = document.getElementById("unread-notifications");
    if (!badge) return;
    var count = (parseInt(badge.textContent, 10) || 0) + 1;
    badge.textContent = String(count);
    badge.hidden = false;
    // The label names the number in the reader's language ("3 ungelesen"): only the number changes.
    var label = badge.getAttribute("aria-label");
    if (label) badge.setAttribute("aria-label", label.replace(/\d+/, String(count)));
  });
})();
