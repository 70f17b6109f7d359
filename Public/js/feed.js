// Shows "new posts" above the newsfeed when posts arrived after the page was loaded.
// Asks the server once a minute while the page is visible; the link reloads the feed.
(function () {
  "use strict";
  var notice = document.getElementById("new-posts");
  if (!notice) return;
  var url = notice.getAttribute("data-count-url");
  var since = notice.getAttribute("data-since") || "0";

  function check() {
    if (document.hidden) return;
    fetch(url + "?since=" + encodeURIComponent(since), { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (body) {
        if (body && body.count > 0) notice.hidden = false;
      })
      .catch(function () { /* offline for a moment: try again next time */ });
  }

  setInterval(check, 60000);
  document.addEventListener("visibilitychange", check);
})();
