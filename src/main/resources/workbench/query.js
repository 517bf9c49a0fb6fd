// The query page: YASGUI on this server's endpoint, the query library beside it.
// ?example=NAME opens and runs a library query; ?query=TEXT opens a query of one's own.
(function () {
  "use strict";
  var examples = JSON.parse(document.getElementById("examples").textContent);
  var holder = document.getElementById("yasgui");
  var endpoint = new URL(holder.getAttribute("data-endpoint"), window.location.href).href;
  var yasgui = new Yasgui(holder, {
    requestConfig: { endpoint: endpoint, method: "POST" },
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; } },
    copyEndpointOnNewTab: true,
    persistenceId: null, // each visit starts from the page's own query, not a stored one
    yasqe: { resizeable: true, editorHeight: "320px" }
  });

  function byName(name) {
    for (var i = 0; i < examples.length; i++) {
      if (examples[i].name === name) { return examples[i]; }
    }
    return null;
  }

  function open(example, run) {
    var tab = yasgui.getTab();
    tab.setName(example.name);
    tab.setQuery(example.query);
    document.querySelectorAll("[data-example]").forEach(function (a) {
      a.classList.toggle("current", a.getAttribute("data-example") === example.name);
    });
    if (run) { tab.query(); }
  }

  document.querySelectorAll("[data-example]").forEach(function (a) {
    a.addEventListener("click", function (event) {
      var ex = byName(a.getAttribute("data-example"));
      if (!ex) { return; }
      event.preventDefault();
      history.replaceState(null, "", "?example=" + encodeURIComponent(ex.name));
      open(ex, true);
    });
  });

  var params = new URLSearchParams(window.location.search);
  var asked = params.get("example") ? byName(params.get("example")) : null;
  if (asked) {
    open(asked, true);
  } else if (params.get("query")) {
    yasgui.getTab().setQuery(params.get("query"));
  } else if (examples.length) {
    open(byName("people") || examples[0], false);
  }
})();
