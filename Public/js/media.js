// Photos and videos on a page: paints each one's placeholder colour until it has loaded (the
// page's policy allows no inline style), shows how far a video is processed and reloads the page
// once it can be played, asking every two seconds while one is still being processed.
(function () {
  "use strict";
  document.querySelectorAll("[data-placeholder-color]").forEach(function (element) {
    var color = element.getAttribute("data-placeholder-color");
    if (/^#[0-9a-f]{6}$/.test(color)) element.style.backgroundColor = color;
  });

  var pending = document.querySelectorAll("[data-media-status]");
  if (!pending.length) return;

  function check() {
    pending.forEach(function (element) {
      fetch(element.getAttribute("data-media-status"), { credentials: "same-origin", headers: { Accept: "application/json" } })
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (body) {
          if (!body) return;
          if (body.state !== "processing") { window.location.reload(); return; }
          var progress = element.querySelector(".media-progress");
          if (progress) progress.textContent = body.progress + " %";
        })
        .catch(function () { /* offline for a moment: try again next time */ });
    });
  }

  setInterval(check, 2000);
})();
