// Suggestions under the header search box, as one types (combobox with a listbox, ARIA 1.2 pattern): debounced
// requests to the form's data-suggest URL (JSON: title, type, url, dates), arrow keys to move, Enter to open,
// Escape to close. Without this script the box is a plain form to /recherche.
(function () {
  'use strict';
  var form = document.getElementById('recherche-formulaire');
  if (!form || !window.fetch) return;
  var input = form.querySelector('input[name="q"]');
  var list = document.createElement('ul');
  list.id = 'recherche-suggestions';
  list.className = 'cms-search__list';
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', 'Suggestions');
  list.hidden = true;
  form.appendChild(list);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', list.id);

  var timer = null;
  var active = -1;
  var items = [];
  var last = '';
  var pending = null;

  function close() {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function select(index) {
    var options = list.querySelectorAll('[role="option"]');
    options.forEach(function (option, i) { option.setAttribute('aria-selected', i === index ? 'true' : 'false'); });
    active = index;
    if (index >= 0) input.setAttribute('aria-activedescendant', options[index].id);
    else input.removeAttribute('aria-activedescendant');
  }

  function render(results) {
    items = results;
    list.textContent = '';
    if (results.length === 0) { close(); return; }
    results.forEach(function (result, i) {
      var option = document.createElement('li');
      option.id = 'recherche-suggestion-' + i;
      option.className = 'cms-search__option';
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', 'false');
      option.textContent = result.title;
      var detail = document.createElement('small');
      detail.textContent = result.dates ? result.type + ' · ' + result.dates : result.type;
      option.appendChild(detail);
      option.addEventListener('mousedown', function (event) { event.preventDefault(); window.location.assign(result.url); });
      list.appendChild(option);
    });
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    active = -1;
  }

  function query() {
    var text = input.value.trim();
    if (text === last) return;
    last = text;
    if (text.length < 2) { render([]); return; }
    if (pending) pending.abort();
    pending = new AbortController();
    fetch(form.getAttribute('data-suggest') + '?q=' + encodeURIComponent(text), { signal: pending.signal, headers: { Accept: 'application/json' } })
      .then(function (response) { return response.ok ? response.json() : []; })
      .then(render)
      .catch(function () { /* aborted or offline: the form still works */ });
  }

  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(query, 200);
  });
  input.addEventListener('keydown', function (event) {
    if (list.hidden) return;
    if (event.key === 'ArrowDown') { event.preventDefault(); select((active + 1) % items.length); }
    else if (event.key === 'ArrowUp') { event.preventDefault(); select(active <= 0 ? items.length - 1 : active - 1); }
    else if (event.key === 'Escape') { event.preventDefault(); close(); }
    else if (event.key === 'Enter' && active >= 0) { event.preventDefault(); window.location.assign(items[active].url); }
  });
  input.addEventListener('blur', function () { setTimeout(close, 150); });
})();
