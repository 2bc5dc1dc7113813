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
