// The report's only script, inlined: tag filters, text search, the layout switch
// and the copy buttons. Works on the markup alone (data-tags, data-copy-from); fetches
// nothing, and puts only text (never markup) on the clipboard.
//
// Quick on a report of thousands of changes: nothing is read from the page in a way that needs
// layout; a filter or search works out what to show first, then writes only what changes (a
// change's hidden, a section's hidden and count); the words for the search are gathered when the
// page is idle after loading (or by the first search), not while it loads; and one listener serves
// every copy button. The stylesheet's content-visibility (html-style.ts) leaves sections and
// changes off screen unrendered.
export const HTML_SCRIPT = `
(function () {
  'use strict';
  function all(sel, root) { return Array.prototype.slice.call((root || document).querySelectorAll(sel)); }
  var changes = all('article.change');
  var sections = all('section.doc-section');
  var boxes = all('input[name="tag"]');
  var search = document.getElementById('search');
  var status = document.getElementById('status');
  var clear = document.getElementById('clear');
  var controls = document.getElementById('controls');
  if (controls) controls.hidden = false;
  function norm(s) { return s.toLocaleLowerCase().replace(/\\s+/g, ' '); }
  // Each section's place, its entry in the contents and the number of its changes now shown.
  var sectionAt = new Map();
  var links = new Map();
  all('nav.contents a[href^="#"]').forEach(function (a) { links.set(a.getAttribute('href').slice(1), a); });
  var counts = sections.map(function (s, i) {
    sectionAt.set(s, i);
    var a = links.get(s.id);
    var count = a && a.querySelector('.count');
    return { section: s, count: count, item: a && a.closest('li'), shown: 0 };
  });
  var where = changes.map(function (c) { var i = sectionAt.get(c.parentNode); return i === undefined ? -1 : i; });
  var tags = changes.map(function (c) { return (c.getAttribute('data-tags') || '').split(' '); });
  var shownNow = changes.map(function (c) { return !c.hidden; });
  // As written: every change shown, and each section's count the number of its changes.
  shownNow.forEach(function (on, i) { if (on && where[i] >= 0) counts[where[i]].shown++; });
  counts.forEach(function (s) { if (s.shown === 0) s.shown = -1; }); // written by the first apply()
  // A change's words for the search: not its buttons' labels nor its citations (the copy bar).
  // Gathered when the page is idle after loading, or all at once by the first search before then.
  var texts = [];
  function searchText(c) {
    var out = '';
    for (var n = c.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 1 && n.classList.contains('copy-bar')) continue;
      out += n.textContent;
    }
    return out;
  }
  function gather(upTo) { for (var i = texts.length; i < upTo; i++) texts.push(norm(searchText(changes[i]))); }
  function gatherWhenIdle(deadline) {
    while (texts.length < changes.length && deadline.timeRemaining() > 1) gather(Math.min(changes.length, texts.length + 25));
    if (texts.length < changes.length) requestIdleCallback(gatherWhenIdle);
  }
  function apply() {
    var want = boxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; });
    var q = search ? norm(search.value.trim()) : '';
    if (q) gather(changes.length);
    var per = counts.map(function () { return 0; });
    var flip = [];
    var shown = 0;
    for (var i = 0; i < changes.length; i++) {
      var t = tags[i];
      var ok = (want.length === 0 || want.some(function (w) { return t.indexOf(w) >= 0; })) && (q === '' || texts[i].indexOf(q) >= 0);
      if (ok) { shown++; if (where[i] >= 0) per[where[i]]++; }
      if (ok !== shownNow[i]) flip.push(i);
    }
    // Writes only, from here on.
    flip.forEach(function (i) { shownNow[i] = !shownNow[i]; changes[i].hidden = !shownNow[i]; });
    counts.forEach(function (s, k) {
      var n = per[k];
      if (n === s.shown) return;
      if ((n === 0) !== (s.shown === 0)) {
        s.section.hidden = n === 0;
        if (s.item) s.item.classList.toggle('none', n === 0);
      }
      if (s.count) s.count.textContent = String(n);
      s.shown = n;
    });
    if (status) {
      var total = changes.length;
      var what = [];
      if (want.length) what.push('tagged ' + want.join(' or '));
      if (q) what.push('containing \\u201c' + search.value.trim() + '\\u201d');
      var line = 'Showing ' + shown + ' of ' + total + ' change' + (total === 1 ? '' : 's') + (what.length ? ' ' + what.join(', ') : '') + '.';
      if (status.textContent !== line) status.textContent = line;
    }
  }
  boxes.forEach(function (b) { b.addEventListener('change', apply); });
  if (search) search.addEventListener('input', apply);
  if (clear) clear.addEventListener('click', function () {
    boxes.forEach(function (b) { b.checked = false; });
    if (search) search.value = '';
    apply();
  });
  all('input[name="view"]').forEach(function (r) {
    r.addEventListener('change', function () { document.body.classList.toggle('view-inline', r.value === 'inline' && r.checked); });
  });
  apply();

  // The change map (html-map.ts): the edition chosen, the hovered or focused mark in words, and
  // a mark whose change a filter hides clears the filters before it is followed.
  var map = document.getElementById('map');
  if (map) {
    var toggle = map.querySelector('.map-toggle');
    if (toggle) toggle.hidden = false;
    all('input[name="map-edition"]', map).forEach(function (r) {
      r.addEventListener('change', function () {
        if (!r.checked) return;
        all('.map-figure', map).forEach(function (f) { f.hidden = f.getAttribute('data-edition') !== r.value; });
      });
    });
    var readout = map.querySelector('.map-readout');
    var markOf = function (e) { return e.target instanceof Element ? e.target.closest('.map-mark') : null; };
    var showMark = function (e) {
      var m = markOf(e);
      var title = m && m.querySelector('title');
      if (title && readout) readout.textContent = title.textContent;
    };
    map.addEventListener('focusin', showMark);
    map.addEventListener('mouseover', showMark);
    map.addEventListener('click', function (e) {
      var m = markOf(e);
      var target = m && document.getElementById((m.getAttribute('href') || '').slice(1));
      if (target && target.hidden && clear) clear.click();
    });
  }
  if (window.requestIdleCallback) addEventListener('load', function () { requestIdleCallback(gatherWhenIdle); });

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
  var timers = new WeakMap();
  function say(bar, msg) {
    var said = bar.querySelector('.copy-status');
    if (!said) return;
    clearTimeout(timers.get(bar));
    said.textContent = '';
    // Set after a pause, so that the same words twice are announced twice.
    timers.set(bar, setTimeout(function () {
      said.textContent = msg;
      timers.set(bar, setTimeout(function () { said.textContent = ''; }, 5000));
    }, 100));
  }
  function showText(bar, text) {
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
  var bars = all('.copy-bar');
  bars.forEach(function (bar) { bar.hidden = false; });
  if (bars.length) document.addEventListener('click', function (e) {
    var b = e.target instanceof Element ? e.target.closest('.copy-bar button[data-copy-from]') : null;
    if (!b) return;
    var bar = b.closest('.copy-bar');
    var from = document.getElementById(b.getAttribute('data-copy-from') || '');
    var text = from ? from.textContent || '' : '';
    copyText(text).then(function (ok) {
      if (ok) { say(bar, 'Copied'); return; }
      showText(bar, text);
      say(bar, 'Could not copy here: the citation is selected below, press Control+C (Command+C on a Mac) to copy it.');
    });
  });
})();
`;
