// The open chat, live: listens to the `treffpunkt:live` events of live.js (stream "chat"), fetches
// new messages as server-rendered fragments and appends them, replaces edited and deleted ones,
// updates "Gelesen von …", shows "… schreibt …" for a few seconds, reports what the reader has seen,
// and after `treffpunkt:reconnected` fetches everything after the last message shown. Sending stays a
// plain form (it works without JavaScript); here it is sent by fetch so the page does not reload.
(function () {
  "use strict";
  var chat = document.getElementById("chat");
  if (!chat) return;
  var chatID = chat.getAttribute("data-chat-id");
  var me = chat.getAttribute("data-me");
  var itemsURL = chat.getAttribute("data-items-url");
  var csrf = chat.getAttribute("data-csrf");
  var list = document.getElementById("chat-messages");
  var typingLine = document.getElementById("chat-typing");
  var composer = document.getElementById("chat-composer");
  var loading = false;
  var reportedRead = "0";
  var typingTimer = null;
  var lastTypingSent = 0;
  // The newest read mark of each participant heard live, for messages that arrive after it.
  var readMarks = {};

  function names() {
    var found = {};
    document.querySelectorAll("#chat-people [data-member-id]").forEach(function (person) {
      found[person.getAttribute("data-member-id")] = person.textContent.trim();
    });
    return found;
  }

  function lastID() {
    var items = list.querySelectorAll("li[data-id]");
    return items.length ? items[items.length - 1].getAttribute("data-id") : "0";
  }

  function post(url, fields) {
    var body = new URLSearchParams(fields || {});
    return fetch(url, {
      method: "POST", credentials: "same-origin", body: body,
      headers: { "X-CSRF-Token": csrf, "X-Requested-With": "fetch" }
    });
  }

  function fragment(url) {
    return fetch(url, { credentials: "same-origin" }).then(function (response) {
      if (!response.ok) throw new Error("HTTP " + response.status);
      return response.text();
    }).then(function (html) {
      var template = document.createElement("template");
      template.innerHTML = html;
      return Array.prototype.slice.call(template.content.querySelectorAll("li[data-id]"));
    });
  }

  // Everything after the newest message shown, page by page, without showing one twice.
  function loadNewer() {
    if (loading) return;
    loading = true;
    fragment(itemsURL + "?after=" + encodeURIComponent(lastID())).then(function (items) {
      items.forEach(function (item) {
        if (!document.getElementById(item.id)) list.appendChild(item);
      });
      var empty = document.querySelector(".chat-empty");
      if (empty && items.length) empty.remove();
      Object.keys(readMarks).forEach(function (accountID) { applyRead(accountID, readMarks[accountID]); });
      loading = false;
      if (items.length >= 30) { loadNewer(); return; }
      markRead();
    }).catch(function () { loading = false; });
  }

  function replace(messageID) {
    var current = document.getElementById("message-" + messageID);
    if (!current) return;
    fragment(itemsURL + "/" + encodeURIComponent(messageID)).then(function (items) {
      if (items.length && current.parentNode) current.parentNode.replaceChild(items[0], current);
    }).catch(function () { /* shown correctly on the next visit */ });
  }

  // Own messages up to `lastReadID` gain the reader's name in "Gelesen von …".
  function applyRead(accountID, lastReadID) {
    if (!readMarks[accountID] || BigInt(readMarks[accountID]) < BigInt(lastReadID)) readMarks[accountID] = lastReadID;
    var people = names();
    list.querySelectorAll("li.own[data-id]").forEach(function (item) {
      if (BigInt(item.getAttribute("data-id")) > BigInt(lastReadID) || accountID === item.getAttribute("data-author-id")) return;
      var readers = (item.getAttribute("data-read-by") || "").split(",").filter(Boolean);
      if (readers.indexOf(accountID) >= 0) return;
      readers.push(accountID);
      item.setAttribute("data-read-by", readers.join(","));
      var line = item.querySelector(".chat-read");
      if (!line) return;
      line.textContent = line.getAttribute("data-read-label") + " " +
        readers.map(function (id) { return people[id] || "?"; }).join(", ");
    });
  }

  // A message in another chat: one more unread in the navigation's badge.
  function raiseBadge() {
    var badge = document.getElementById("unread-chats");
    if (!badge) return;
    badge.textContent = String((parseInt(badge.textContent, 10) || 0) + 1);
    badge.hidden = false;
    badge.removeAttribute("aria-label"); // it named the old number; the link's text and the number say enough
  }

  // Renamed, or people added or removed: the heading and the list of people follow.
  function applyConversation(conversation) {
    var people = document.getElementById("chat-people");
    var accounts = conversation.accounts || [];
    people.querySelectorAll("[data-member-id]").forEach(function (person) {
      if (person.getAttribute("data-member-id") !== me) person.remove();
    });
    accounts.forEach(function (account) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      item.setAttribute("data-member-id", String(account.id));
      link.href = "/@" + encodeURIComponent(account.username);
      link.textContent = account.display_name || account.username;
      item.appendChild(link);
      people.appendChild(item);
    });
    var heading = chat.querySelector("h1");
    heading.textContent = conversation.name ||
      accounts.map(function (account) { return account.display_name || account.username; }).join(", ");
  }

  function showTyping(name) {
    typingLine.textContent = name + " " + chat.getAttribute("data-typing-label");
    typingLine.hidden = false;
    clearTimeout(typingTimer);
    typingTimer = setTimeout(function () { typingLine.hidden = true; }, 4000);
  }

  // The newest message counts as read while the page is in view.
  function markRead() {
    var newest = lastID();
    if (document.visibilityState !== "visible" || newest === "0" || newest === reportedRead) return;
    reportedRead = newest;
    post(chat.getAttribute("data-read-url"), { last_read_id: newest }).catch(function () { reportedRead = "0"; });
  }

  document.addEventListener("treffpunkt:live", function (event) {
    var detail = event.detail || {};
    var payload = detail.payload || {};
    if (detail.stream && String(detail.stream).indexOf("chat") < 0) return;
    if (detail.event === "chat.conversation") {
      if (String(payload.id) === chatID) applyConversation(payload);
      return;
    }
    if (String(payload.chat_id) !== chatID) {
      if (detail.event === "chat.message" && payload.account && String(payload.account.id) !== me) raiseBadge();
      return;
    }
    switch (detail.event) {
      case "chat.message":
        if (payload.account && String(payload.account.id) !== me) typingLine.hidden = true;
        loadNewer();
        break;
      case "chat.update":
      case "chat.delete":
        replace(payload.id);
        break;
      case "chat.read":
        applyRead(String(payload.account_id), String(payload.last_read_id));
        break;
      case "chat.typing":
        if (String(payload.account_id) !== me) showTyping(payload.display_name || "");
        break;
    }
  });

  document.addEventListener("treffpunkt:reconnected", loadNewer);
  document.addEventListener("visibilitychange", markRead);

  if (composer) {
    var field = composer.querySelector("textarea[name=text]");
    // "… schreibt": at most every 3 seconds while typing.
    field.addEventListener("input", function () {
      var now = Date.now();
      if (now - lastTypingSent < 3000 || !field.value.trim()) return;
      lastTypingSent = now;
      post(chat.getAttribute("data-typing-url")).catch(function () { /* a hint only */ });
    });
    composer.addEventListener("submit", function (event) {
      event.preventDefault();
      var button = composer.querySelector("button[type=submit]");
      button.disabled = true;
      fetch(composer.action, {
        method: "POST", credentials: "same-origin", body: new FormData(composer),
        headers: { "X-Requested-With": "fetch", "Accept": "application/json" }
      }).then(function (response) {
        if (response.ok) {
          composer.reset();
          showError(null);
          loadNewer();
          return null;
        }
        return response.json().then(function (body) { showError(body.error || String(response.status)); });
      }).catch(function () {
        composer.submit(); // no connection for fetch: the plain form still works (and keeps the text on error)
      }).then(function () { button.disabled = false; });
    });
  }

  function showError(message) {
    var existing = composer.querySelector(".chat-send-error");
    if (existing) existing.remove();
    if (!message) return;
    var line = document.createElement("p");
    line.className = "field-error chat-send-error";
    line.setAttribute("role", "alert");
    line.textContent = message;
    composer.insertBefore(line, composer.querySelector("button[type=submit]"));
  }

  markRead();
  var hash = window.location.hash && document.getElementById(window.location.hash.slice(1));
  (hash || list.lastElementChild || chat).scrollIntoView({ block: "end" });
})();
