// Type-ahead pickers: an <input> or <select> with data-picker="/pickers/…" becomes a searchable
// combobox (WAI-ARIA 1.2 combobox pattern). The server searches (accents ignored, the user's scope
// applied) and answers at most 20 choices, so a province of 20,000 agencies never loads them all.
// Without script the original field still works: a typed code, or the select's own options.
(function () {
  'use strict';
  var count = 0;

  function enhance(field) {
    var source = field.getAttribute('data-picker');
    var id = field.id || 'picker-' + (++count);
    var hidden = document.createElement('input');
    hidden.type = 'hidden';
    hidden.name = field.name;
    hidden.id = id + '-value';
    var visible = document.createElement('input');
    visible.type = 'text';
    visible.id = id;
    visible.autocomplete = 'off';
    visible.className = field.tagName === 'SELECT'
      ? field.className.replace('form-select', 'form-control') : field.className;
    visible.setAttribute('role', 'combobox');
    visible.setAttribute('aria-autocomplete', 'list');
    visible.setAttribute('aria-expanded', 'false');
    ['aria-label', 'placeholder', 'aria-describedby', 'required'].forEach(function (name) {
      if (field.hasAttribute(name)) visible.setAttribute(name, field.getAttribute(name));
    });
    var list = document.createElement('ul');
    list.id = id + '-choices';
    list.className = 'list-group picker-choices';
    list.setAttribute('role', 'listbox');
    list.hidden = true;
    visible.setAttribute('aria-controls', list.id);

    if (field.tagName === 'SELECT') {
      var selected = field.options[field.selectedIndex];
      hidden.value = field.value;
      visible.value = selected && field.value ? selected.text : '';
      var empty = field.querySelector('option[value=""]');
      if (empty && !visible.placeholder) visible.placeholder = empty.text;
    } else {
      hidden.value = field.value;
      visible.value = field.getAttribute('data-picker-label') || field.value;
      if (field.value && !field.hasAttribute('data-picker-label')) {
        fetchChoices(source, 'code', field.value, function (items) {
          if (items.length === 1 && hidden.value === items[0].value) visible.value = items[0].label;
        });
      }
    }
    field.parentNode.classList.add('position-relative');
    field.parentNode.insertBefore(visible, field);
    field.parentNode.insertBefore(hidden, field);
    field.parentNode.insertBefore(list, field);
    field.parentNode.removeChild(field);

    var items = [];
    var active = -1;
    var timer = null;

    function close() {
      list.hidden = true;
      visible.setAttribute('aria-expanded', 'false');
      visible.removeAttribute('aria-activedescendant');
      active = -1;
    }

    function choose(item) {
      hidden.value = item.value;
      visible.value = item.label;
      close();
      hidden.dispatchEvent(new Event('change', { bubbles: true }));
    }

    function mark(index) {
      var options = list.querySelectorAll('[role=option]');
      options.forEach(function (o, i) {
        o.classList.toggle('active', i === index);
        o.setAttribute('aria-selected', i === index ? 'true' : 'false');
      });
      active = index;
      if (index >= 0) visible.setAttribute('aria-activedescendant', options[index].id);
    }

    function show(found) {
      items = found;
      list.innerHTML = '';
      if (found.length === 0) {
        var none = document.createElement('li');
        none.className = 'list-group-item text-muted small';
        none.textContent = document.body.getAttribute('data-picker-none') || '—';
        list.appendChild(none);
      }
      found.forEach(function (item, i) {
        var li = document.createElement('li');
        li.id = list.id + '-' + i;
        li.className = 'list-group-item list-group-item-action';
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        li.textContent = item.label;
        if (item.hint) {
          var hint = document.createElement('small');
          hint.className = 'text-muted ms-2';
          hint.textContent = item.hint;
          li.appendChild(hint);
        }
        li.addEventListener('mousedown', function (e) { e.preventDefault(); choose(item); });
        list.appendChild(li);
      });
      list.hidden = false;
      visible.setAttribute('aria-expanded', 'true');
      active = -1;
    }

    visible.addEventListener('input', function () {
      hidden.value = visible.value.trim();
      clearTimeout(timer);
      if (!hidden.value) { close(); return; }
      timer = setTimeout(function () {
        var typed = visible.value;
        fetchChoices(source, 'q', typed, function (found) { if (visible.value === typed) show(found); });
      }, 200);
    });
    visible.addEventListener('keydown', function (e) {
      if (list.hidden) return;
      if (e.key === 'ArrowDown') { e.preventDefault(); mark(Math.min(active + 1, items.length - 1)); }
      else if (e.key === 'ArrowUp') { e.preventDefault(); mark(Math.max(active - 1, 0)); }
      else if (e.key === 'Enter' && active >= 0) { e.preventDefault(); choose(items[active]); }
      else if (e.key === 'Escape') { close(); }
    });
    visible.addEventListener('blur', function () {
      // a name typed in full and found once is taken as chosen; a typed code stays as typed
      if (!list.hidden && items.length === 1) choose(items[0]); else close();
    });
  }

  function fetchChoices(source, parameter, text, done) {
    var url = source + (source.indexOf('?') < 0 ? '?' : '&') + parameter + '=' + encodeURIComponent(text);
    fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.json() : []; })
      .then(done, function () { done([]); });
  }

  function start() {
    document.querySelectorAll('[data-picker]').forEach(enhance);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
