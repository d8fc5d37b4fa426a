// The console's htmx glue. Every htmx request carries the CSRF header of the page. Fragments are swapped
// whatever their status (a refused action answers 409/422 with the problem shown inline); an answer in
// JSON is a problem from outside the console's pages (403 for a role, 500) and goes to the flash line.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name=_csrf]');
  var header = document.querySelector('meta[name=_csrf_header]');
  if (token && header) { event.detail.headers[header.content] = token.content; }
});
document.addEventListener('htmx:beforeSwap', function (event) {
  var xhr = event.detail.xhr;
  if ((xhr.getResponseHeader('Content-Type') || '').indexOf('json') < 0) { return; }
  event.detail.shouldSwap = false;
  var detail = '';
  try { detail = JSON.parse(xhr.responseText).detail || ''; } catch (notJson) { detail = ''; }
  flash('The server answered ' + xhr.status + (detail ? ': ' + detail : ''));
});
document.addEventListener('htmx:sendError', function () { flash('The server could not be reached; try again.'); });
function flash(text) {
  var line = document.getElementById('flash');
  if (line) { line.textContent = text; line.hidden = false; }
}
// The organization tree: bring the member searched for into view and give it the keyboard focus.
document.addEventListener('DOMContentLoaded', function () {
  var revealed = document.querySelector('.tree .node.revealed > details > summary');
  if (revealed) { revealed.scrollIntoView({ block: 'center' }); revealed.focus(); }
});
// Charts: each figure[data-chart] holds {labels, series: [{name, values}], unit}; uPlot draws it in its .plot and
// the figure records how many non-zero points it drew (data-drawn), its table view shows the same numbers.
var CHART_COLOURS = ['#2454a6', '#1f7a3d', '#b3261e', '#a86400', '#6b4fa3', '#0f7c8c'];
function drawChart(figure) {
  var plot = figure.querySelector('.plot');
  if (!plot || typeof uPlot === 'undefined') { return; }
  var chart = JSON.parse(figure.getAttribute('data-chart'));
  var xs = chart.labels.map(function (label, index) { return index; });
  var data = [xs];
  var series = [{ label: chart.unit }];
  var drawn = 0;
  chart.series.forEach(function (line, index) {
    data.push(line.values);
    drawn += line.values.filter(function (value) { return value !== 0; }).length;
    series.push({ label: line.name, stroke: CHART_COLOURS[index % CHART_COLOURS.length], width: 2,
      points: { show: true, size: 5 } });
  });
  var width = Math.max(plot.clientWidth, 280);
  new uPlot({
    width: width, height: 220, series: series,
    scales: { x: { time: false } },
    axes: [{ values: function (self, ticks) {
      return ticks.map(function (tick) { return chart.labels[tick] === undefined ? '' : chart.labels[tick]; });
    } }, {}]
  }, data, plot);
  figure.setAttribute('data-drawn', String(drawn));
}
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('figure[data-chart]').forEach(drawChart);
});
// Charts that arrive with an htmx swap (the member page's) are drawn once they are in the page.
document.addEventListener('htmx:afterSettle', function (event) {
  event.detail.elt.querySelectorAll('figure[data-chart]:not([data-drawn])').forEach(drawChart);
  if (event.detail.elt.matches && event.detail.elt.matches('figure[data-chart]:not([data-drawn])')) {
    drawChart(event.detail.elt);
  }
});
