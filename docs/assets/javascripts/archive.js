/* Hand-written, not generated. "Cite this" on a site built without SITE_URL.

   The MkDocs hook (generator/site/nav.py:fill_address) writes the page's absolute address into
   "Cite this" when the site's address is known at build time (the GitHub Pages workflow sets
   SITE_URL). Without it, the build can only write the page's path in the archive
   (<code class="archive-address">articles/x.html</code>). When that page is read on the web
   (a site published by hand, on any host), the address in the reader's address bar is the one
   to cite, so it is written in, as a link. Opened from file:// (the offline copy) or from a
   server on this machine (localhost), there is no public address: the path in the archive
   stays, which is what to cite for an offline copy. */
(function () {
  var loc = window.location;
  if (!/^https?:$/.test(loc.protocol)) return;
  if (/^(localhost|127\.\d+\.\d+\.\d+|\[::1\]|0\.0\.0\.0)$/.test(loc.hostname)) return;
  var marks = document.querySelectorAll("code.archive-address");
  for (var i = 0; i < marks.length; i++) {
    var url = loc.origin + loc.pathname;
    var a = document.createElement("a");
    a.className = "archive-address";
    a.href = url;
    a.textContent = url;
    marks[i].parentNode.replaceChild(a, marks[i]);
  }
})();

/* A long headline on a phone is cut to four lines (assets/archive.css); there is no hover on a
   touch screen, so a tap (or Enter, from the keyboard) on a cut headline shows all of it; Enter
   again cuts it again. A headline that fits is left alone. The cut is only visual: a screen
   reader reads the whole headline, so the heading gets no ARIA state (none is allowed on it). */
(function () {
  var h1s = document.querySelectorAll(".md-content .md-typeset h1");
  for (var i = 0; i < h1s.length; i++) {
    var h = h1s[i];
    if (h.scrollHeight <= h.clientHeight + 1) continue;
    h.classList.add("archive-clamped");
    h.setAttribute("tabindex", "0");
    h.title = "Show the whole headline";
    var toggle = function (e) {
      if (e.type === "keydown" && e.key !== "Enter" && e.key !== " ") return;
      if (e.target.closest && e.target.closest("a")) return;
      e.currentTarget.classList.toggle("archive-open");
      if (e.type === "keydown") e.preventDefault();
    };
    h.addEventListener("click", toggle);
    h.addEventListener("keydown", toggle);
  }
})();
