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
