// Progressive enhancement of the lesson transcript: a timecode link seeks the lesson's video
// instead of only jumping to the turn, and the turn being spoken is announced politely.
// Without JavaScript the timecodes stay plain anchors to the turns (id="t-SECONDS").
(function () {
  "use strict";
  var video = document.querySelector(".lesson-page video");
  var live = document.getElementById("transcript-now");
  if (!video) return;
  var turns = Array.prototype.slice.call(document.querySelectorAll(".transcript .turn[data-start]"));
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a.timecode[data-seconds]");
    if (!link) return;
    event.preventDefault();
    video.currentTime = Number(link.dataset.seconds);
    video.focus();
    if (video.paused) video.play().catch(function () {});
  });
  var current = null;
  video.addEventListener("timeupdate", function () {
    var now = video.currentTime, found = null;
    turns.forEach(function (turn) {
      if (Number(turn.dataset.start) <= now) found = turn;
    });
    if (found === current) return;
    if (current) current.removeAttribute("aria-current");
    current = found;
    if (!found) return;
    found.setAttribute("aria-current", "true");
    var speaker = found.querySelector(".speaker");
    if (live && speaker) live.textContent = "Now speaking: " + speaker.textContent.replace(/:\s*$/, "");
  });
})();
