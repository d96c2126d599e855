// The report's only script, inlined: tag filters, text search, the layout switch
// and the copy buttons. Works on the markup alone (data-tags, data-copy-from); fetches
// nothing, and puts only text (never markup) on the clipboard.
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
  // A change's words for the search: not its buttons' labels.
  function searchText(c) {
    var out = '';
    var walk = document.createTreeWalker(c, NodeFilter.SHOW_TEXT);
    for (var n = walk.nextNode(); n; n = walk.nextNode()) if (!n.parentNode.closest('.copy-bar')) out += n.nodeValue;
    return out;
  }
  var texts = changes.map(function (c) { return norm(searchText(c)); });
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

  // Copy buttons: the text of the hidden element named by data-copy-from, as text/plain.
  // The clipboard API first; where it is missing or refused, a copy command; where
  // that fails too, the citation shown selected, to copy with the keyboard.
  function copyCommand(text) {
    var done = false;
    function onCopy(e) {
      if (!e.clipboardData) return;
      e.clipboardData.setData('text/plain', text);
      e.preventDefault();
      done = true;
    }
    document.addEventListener('copy', onCopy, true);
    try { document.execCommand('copy'); } catch (err) { done = false; }
    document.removeEventListener('copy', onCopy, true);
    return done;
  }
  function copyText(text) {
    if (window.isSecureContext && navigator.clipboard && navigator.clipboard.writeText) {
      return navigator.clipboard.writeText(text).then(function () { return true; }, function () { return copyCommand(text); });
    }
    return Promise.resolve(copyCommand(text));
  }
  Array.prototype.slice.call(document.querySelectorAll('.copy-bar')).forEach(function (bar) {
    var said = bar.querySelector('.copy-status');
    var timer = 0;
    function say(msg) {
      if (!said) return;
      clearTimeout(timer);
      said.textContent = '';
      // Set after a pause, so that the same words twice are announced twice.
      timer = setTimeout(function () {
        said.textContent = msg;
        timer = setTimeout(function () { said.textContent = ''; }, 5000);
      }, 100);
    }
    function showText(text) {
      var area = bar.querySelector('textarea');
      if (!area) {
        area = document.createElement('textarea');
        area.readOnly = true;
        area.setAttribute('aria-label', 'Citation to copy');
        bar.appendChild(area);
      }
      area.value = text;
      area.focus();
      area.select();
    }
    bar.hidden = false;
    Array.prototype.slice.call(bar.querySelectorAll('button[data-copy-from]')).forEach(function (b) {
      var from = document.getElementById(b.getAttribute('data-copy-from') || '');
      b.addEventListener('click', function () {
        var text = from ? from.textContent || '' : '';
        copyText(text).then(function (ok) {
          if (ok) { say('Copied'); return; }
          showText(text);
          say('Could not copy here: the citation is selected below, press Control+C (Command+C on a Mac) to copy it.');
        });
      });
    });
  });
})();
`;
