// The live side of the newsfeed, a profile's posts and a space's feed. live.js turns the server's
// events into `treffpunkt:live` DOM events: a new post then appears at the top at once (its card is
// fetched, so the server's visibility rule decides; on a profile only the member's own posts and shares,
// in a space only the space's, whose card address answers 404 for others), an edited one is replaced, a
// deleted one disappears, and after a reconnect (`treffpunkt:reconnected`) the newsfeed fetches the
// posts missed meanwhile. Without a live connection, "new posts" appears above the newsfeed when the
// server has some (asked once a minute while the page is visible); its link reloads it.
(function () {
  "use strict";
  var notice = document.getElementById("new-posts");
  var profile = document.getElementById("live-posts");
  var anchor = notice || profile;
  if (!anchor) return;
  var countURL = anchor.getAttribute("data-count-url");
  var cardURL = anchor.getAttribute("data-card-url");
  var cardsURL = anchor.getAttribute("data-cards-url");
  var accountID = profile && profile.getAttribute("data-account-id");
  var since = anchor.getAttribute("data-since") || "0";

  // Post ids are 64-bit numbers, beyond what JavaScript counts exactly: compared as digit strings.
  function isNewer(a, b) {
    return a.length !== b.length ? a.length > b.length : a > b;
  }

  function fetchHTML(url) {
    return fetch(url, { credentials: "same-origin", headers: { Accept: "text/html" } })
      .then(function (response) { return response.ok ? response.text() : ""; });
  }

  function postList() {
    var scope = anchor.parentElement;
    var list = scope.querySelector(".post-list");
    if (list) return list;
    // An empty feed shows a note instead of a list.
    var empty = scope.querySelector(".empty");
    list = document.createElement("section");
    list.className = "post-list";
    if (empty) empty.replaceWith(list); else anchor.after(list);
    return list;
  }

  // Cards newest first, put on top in that order; a card already shown is left as it is.
  function insertCards(html) {
    var template = document.createElement("template");
    template.innerHTML = html;
    var cards = template.content.querySelectorAll("article.post");
    if (!cards.length) return;
    var list = postList();
    var anchor = list.firstElementChild;
    cards.forEach(function (card) {
      if (document.getElementById(card.id)) return;
      list.insertBefore(card, anchor);
      var id = card.getAttribute("data-post-id");
      if (id && isNewer(id, since)) since = id;
    });
  }

  function replaceCard(html) {
    var template = document.createElement("template");
    template.innerHTML = html;
    var card = template.content.querySelector("article.post");
    var shown = card && document.getElementById(card.id);
    if (shown) shown.replaceWith(card);
  }

  document.addEventListener("treffpunkt:live", function (event) {
    var detail = event.detail || {};
    var payload = detail.payload;
    if (detail.event === "update" && payload && payload.id) {
      if (accountID && !(payload.account && payload.account.id === accountID)) return;
      fetchHTML(cardURL.replace("{id}", encodeURIComponent(payload.id))).then(insertCards).catch(function () {});
    } else if (detail.event === "status.update" && payload && payload.id) {
      fetchHTML(cardURL.replace("{id}", encodeURIComponent(payload.id))).then(replaceCard).catch(function () {});
    } else if (detail.event === "delete" && payload) {
      var card = document.getElementById("post-" + payload);
      if (card) card.remove();
    }
  });

  document.addEventListener("treffpunkt:reconnected", function () {
    if (cardsURL) fetchHTML(cardsURL + "?since=" + encodeURIComponent(since)).then(insertCards).catch(function () {});
  });

  if (!countURL) return;

  function check() {
    if (document.hidden) return;
    fetch(countURL + "?since=" + encodeURIComponent(since), { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (body) {
        if (body && body.count > 0) notice.hidden = false;
      })
      .catch(function () { /* offline for a moment: try again next time */ });
  }

  setInterval(check, 60000);
  document.addEventListener("visibilitychange", check);
})();
