// The live connection of every page a member sees: one WebSocket to the streaming API
// (/api/v1/streaming, streams `user` and `chat`, signed in by the session cookie), opened again after
// the server restarts or the network drops, waiting 1 s, 2 s, 4 s … up to 30 s between tries (with
// jitter, so that a restarted server is not hit by every browser in the same second).
//
// The contract for the other scripts (feed.js, the chat page, …):
//
//   document "treffpunkt:live"         every event of the server, as it comes. event.detail is
//                                      { stream: ["user"] | ["chat"] | …, event: "update", payload }
//                                      with the payload parsed from its JSON text: a Status for
//                                      `update` and `status.update`, a Notification for `notification`,
//                                      a Conversation for `conversation`, a Message for `chat.message`
//                                      and `chat.update`, {id, chat_id} for `chat.delete`,
//                                      {chat_id, account_id, last_read_id} for `chat.read`,
//                                      {chat_id, account_id, display_name} for `chat.typing`, a Chat for
//                                      `chat.conversation`. `delete` keeps its payload, the status id, as a
//                                      string (ids are 64-bit, beyond exact JavaScript numbers).
//   document "treffpunkt:reconnected"  the connection is back after it was lost: events of the time in
//                                      between never come, so each page fetches what it missed.
//   <html data-live="open|closed">     whether the connection is open right now (tests wait for "open").
//
// Listen with document.addEventListener("treffpunkt:live", function (e) { … e.detail … }). Pages that need
// more streams send nothing themselves: this one socket is shared by all of a page's scripts.
(function () {
  "use strict";
  if (!("WebSocket" in window)) return;

  var firstDelay = 1000, longestDelay = 30000;
  var delay = firstDelay;
  var wasOpen = false;
  var root = document.documentElement;

  function address() {
    var scheme = window.location.protocol === "https:" ? "wss:" : "ws:";
    return scheme + "//" + window.location.host + "/api/v1/streaming?stream=user";
  }

  function emit(name, detail) {
    document.dispatchEvent(new CustomEvent(name, { detail: detail }));
  }

  function parsed(event, payload) {
    if (typeof payload !== "string" || event === "delete") return payload;
    try { return JSON.parse(payload); } catch (error) { return payload; }
  }

  function connect() {
    var socket;
    try { socket = new WebSocket(address()); } catch (error) { retry(); return; }
    socket.onopen = function () {
      root.setAttribute("data-live", "open");
      delay = firstDelay;
      socket.send(JSON.stringify({ type: "subscribe", stream: "chat" }));
      if (wasOpen) emit("treffpunkt:reconnected", {});
      wasOpen = true;
    };
    socket.onmessage = function (message) {
      var frame;
      try { frame = JSON.parse(message.data); } catch (error) { return; }
      // Error events ({"error": …, "status": …}) concern this script's own requests; pages get events only.
      if (!frame || typeof frame.event !== "string") return;
      emit("treffpunkt:live", { stream: frame.stream, event: frame.event, payload: parsed(frame.event, frame.payload) });
    };
    socket.onclose = function () {
      root.setAttribute("data-live", "closed");
      retry();
    };
  }

  function retry() {
    // The current delay, 20 % more or less.
    var wait = delay * (0.8 + Math.random() * 0.4);
    delay = Math.min(delay * 2, longestDelay);
    window.setTimeout(connect, wait);
  }

  root.setAttribute("data-live", "closed");
  connect();
})();
