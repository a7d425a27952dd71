// The query page (/sparql in a browser): YASGUI on this server's own endpoint, the project's prefixes in the
// editor, the named queries as examples, result IRIs under the canonical base linked to local entity pages,
// and ?query= links that reopen and rerun a query. Settings come from data- attributes on #query-ui
// (the Content-Security-Policy forbids inline scripts).
(function () {
  "use strict";
  var root = document.getElementById("query-ui");
  if (!root || typeof Yasgui === "undefined") return;

  var endpoint = new URL(root.dataset.endpoint, window.location.href).href;
  var idBase = root.dataset.idBase;
  var firstQuery = root.dataset.prefixes + "\n" + root.dataset.defaultQuery;

  // Autocompletion of prefixes, classes and properties asks prefix.cc and LOV: users may be offline, and
  // the CSP allows no other hosts. Variable completion stays.
  [Yasgui.defaults.yasqe, window.Yasqe && window.Yasqe.defaults].forEach(function (d) {
    if (d && Array.isArray(d.autocompleters)) {
      d.autocompleters = d.autocompleters.filter(function (n) { return n !== "prefixes" && n !== "property" && n !== "class"; });
    }
  });

  var yasgui = new Yasgui(root, {
    requestConfig: { endpoint: endpoint, method: "POST" },
    copyEndpointOnNewTab: true,
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; }, keys: [] },
    // A shared link may name another endpoint; this page only ever queries its own server.
    populateFromUrl: function (config) { config.requestConfig.endpoint = endpoint; return config; },
    persistenceId: "refoulement-kg",
    yasqe: { value: firstQuery, collapsePrefixesOnLoad: true },
    yasr: { prefixes: prefixMap(root.dataset.prefixes) }
  });

  function tab() { return yasgui.getTab(); }

  // The project's prefixes shorten result IRIs even when a query does not declare them. YASR takes the first
  // namespace that matches, so the longest come first (person:alice, not kg:person/alice).
  function prefixMap(block) {
    var pairs = [], re = /PREFIX\s+([\w-]*):\s*<([^>]*)>/g, m;
    while ((m = re.exec(block)) !== null) pairs.push([m[1], m[2]]);
    pairs.sort(function (a, b) { return b[1].length - a[1].length; });
    var map = {};
    pairs.forEach(function (p) { map[p[0]] = p[1]; });
    return map;
  }

  // Examples: load the query into the editor (the link itself opens the query's own page).
  document.querySelectorAll("#examples a[data-query]").forEach(function (a) {
    a.addEventListener("click", function (e) {
      if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return; // let "open in new tab" work
      e.preventDefault();
      var t = tab();
      t.setQuery(a.dataset.query);
      t.getYasqe().focus();
      updateLinks();
    });
  });

  // Results: IRIs in the canonical namespace open this server's page for them, whatever host it runs on.
  function localise(scope) {
    scope.querySelectorAll("a[href]").forEach(function (a) {
      var href = a.getAttribute("href");
      if (href.indexOf(idBase) !== 0) return;
      a.setAttribute("href", "/id/" + href.substring(idBase.length));
      a.classList.add("local");
    });
  }
  new MutationObserver(function () { localise(root); }).observe(root, { childList: true, subtree: true });
  localise(root);

  // A link that reopens and reruns the query, and downloads of the complete results from the endpoint.
  var links = document.querySelector(".query-links");
  function updateLinks() {
    var t = tab();
    if (!t || !links) return;
    var q = encodeURIComponent(t.getQuery());
    document.getElementById("share-link").href = "/sparql?query=" + q;
    document.getElementById("download-csv").href = "/sparql?format=csv&query=" + q;
    document.getElementById("download-json").href = "/sparql?format=json&query=" + q;
    links.hidden = false;
  }
  yasgui.on("query", updateLinks);
  yasgui.on("tabSelect", function () { setTimeout(updateLinks, 0); });
  updateLinks();

  // YASGUI's markup lacks a few names and roles that assistive technology needs: the editor's text area and the
  // endpoint box get labels, and a tab list without tabs is no tab list. Repaired as YASGUI draws them.
  function accessible(scope) {
    scope.querySelectorAll("textarea:not([aria-label])").forEach(function (t) { t.setAttribute("aria-label", "SPARQL query"); });
    scope.querySelectorAll("input.autocomplete:not([aria-label])").forEach(function (i) { i.setAttribute("aria-label", "SPARQL endpoint"); });
    scope.querySelectorAll("[role=tablist]").forEach(function (l) { if (!l.querySelector("[role=tab]")) l.removeAttribute("role"); });
  }
  new MutationObserver(function () { accessible(root); }).observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ["role"] });
  accessible(root);

  window.refoulementQueryUi = yasgui; // for tests and the browser console
})();
