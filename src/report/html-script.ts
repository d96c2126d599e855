// The report's only script, inlined: tag filters, text search and the layout
// switch. Works on the markup alone (data-tags, data-section); fetches nothing.
export const HTML_SCRIPT = `
(function () {
  'use strict';
  var changes = Array.prototype.slice.call(document.querySelectorAll('article.change'));
  var sections = Array.prototype.slice.call(document.querySelectorAll('section.doc-section'));
  var boxes = Array.prototype.slice.call(document.querySelectorAll('input[name="tag"]'));
  var search = document.getElementById('search');
  var status = document.getElementById('status');
  var clear = document.getElementById('clear');
  var controls = document.getElementById('controls');
  if (controls) controls.hidden = false;
  function norm(s) { return s.toLocaleLowerCase().replace(/\\s+/g, ' '); }
  var texts = changes.map(function (c) { return norm(c.textContent || ''); });
  function apply() {
    var want = boxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; });
    var q = search ? norm(search.value.trim()) : '';
    var shown = 0;
    changes.forEach(function (c, i) {
      var tags = (c.getAttribute('data-tags') || '').split(' ');
      var ok = (want.length === 0 || want.some(function (t) { return tags.indexOf(t) >= 0; })) && (q === '' || texts[i].indexOf(q) >= 0);
      c.hidden = !ok;
      if (ok) shown++;
    });
    sections.forEach(function (s) {
      var n = s.querySelectorAll('article.change:not([hidden])').length;
      s.hidden = n === 0;
      var link = document.querySelector('nav.contents a[href="#' + s.id + '"] .count');
      if (link) link.textContent = String(n);
      var item = link && link.closest('li');
      if (item) item.classList.toggle('none', n === 0);
    });
    if (status) {
      var total = changes.length;
      var what = [];
      if (want.length) what.push('tagged ' + want.join(' or '));
      if (q) what.push('containing \\u201c' + search.value.trim() + '\\u201d');
      status.textContent = 'Showing ' + shown + ' of ' + total + ' change' + (total === 1 ? '' : 's') + (what.length ? ' ' + what.join(', ') : '') + '.';
    }
  }
  boxes.forEach(function (b) { b.addEventListener('change', apply); });
  if (search) search.addEventListener('input', apply);
  if (clear) clear.addEventListener('click', function () {
    boxes.forEach(function (b) { b.checked = false; });
    if (search) search.value = '';
    apply();
  });
  Array.prototype.slice.call(document.querySelectorAll('input[name="view"]')).forEach(function (r) {
    r.addEventListener('change', function () { document.body.classList.toggle('view-inline', r.value === 'inline' && r.checked); });
  });
  apply();
})();
`;
