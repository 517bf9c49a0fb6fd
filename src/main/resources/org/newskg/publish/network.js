// newskg: draws the network picture of an entity page with Cytoscape.js. The data is JSON in the
// element's data-network attribute (written by the server, escaped as an attribute value); labels
// are drawn on a canvas as text, and only this server's own paths are followed on a click.
(function () {
  'use strict';
  var box = document.getElementById('network');
  if (!box || typeof cytoscape !== 'function') { return; }
  var data = JSON.parse(box.getAttribute('data-network'));
  var colours = { center: '#444', person: '#c0392b', organisation: '#2471a3', place: '#229954', other: '#888' };
  var elements = [];
  data.nodes.forEach(function (n) {
    elements.push({ data: { id: n.id, label: n.label, kind: n.kind, weight: n.weight, href: n.href || '' } });
  });
  data.edges.forEach(function (e, i) {
    elements.push({ data: { id: 'e' + i, source: e.source, target: e.target, weight: e.weight } });
  });
  var most = Math.max.apply(null, data.edges.map(function (e) { return e.weight; }).concat([1]));
  var cy = cytoscape({
    container: box,
    elements: elements,
    userZoomingEnabled: false,
    style: [
      { selector: 'node', style: {
          'label': 'data(label)', 'font-size': 12, 'text-valign': 'bottom', 'text-margin-y': 4,
          'background-color': function (n) { return colours[n.data('kind')] || colours.other; },
          'width': function (n) { return n.data('kind') === 'center' ? 34 : 16 + 14 * n.data('weight') / most; },
          'height': function (n) { return n.data('kind') === 'center' ? 34 : 16 + 14 * n.data('weight') / most; } } },
      { selector: 'edge', style: {
          'line-color': '#9ab', 'opacity': 0.8, 'curve-style': 'straight',
          'width': function (e) { return 1 + 5 * e.data('weight') / most; } } }
    ],
    layout: { name: 'concentric', concentric: function (n) { return n.data('kind') === 'center' ? 2 : 1; },
              levelWidth: function () { return 1; }, minNodeSpacing: 70, padding: 20 }
  });
  cy.on('tap', 'node', function (evt) {
    var href = evt.target.data('href');
    if (href && href.charAt(0) === '/' && href.charAt(1) !== '/') { window.location.assign(href); }
  });
  box.setAttribute('data-drawn', String(cy.nodes().length));
})();
