// One date widget: every <input type="date"> shows and takes dd/MM/yyyy whatever the browser's
// language (a native date field follows the browser, so an English browser would show MM/dd/yyyy).
// The field becomes text; the server reads dd/MM/yyyy (and ISO) from forms and filters alike. A
// calendar button beside it opens the browser's own date chooser, whose answer is written dd/MM/yyyy.
(function () {
  'use strict';

  function toVietnamese(iso) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || '');
    return m ? m[3] + '/' + m[2] + '/' + m[1] : iso || '';
  }

  function toIso(text) {
    var m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec((text || '').trim());
    return m ? m[3] + '-' + ('0' + m[2]).slice(-2) + '-' + ('0' + m[1]).slice(-2) : '';
  }

  function enhance(field) {
    // the attribute, not the property: a native date field empties a value it cannot read, such as the
    // dd/MM/yyyy a user typed that the server re-shows with a message
    var iso = field.getAttribute('value') || field.value;
    var chooser = document.createElement('input');
    chooser.type = 'date';
    chooser.tabIndex = -1;
    chooser.className = 'date-chooser';
    chooser.setAttribute('aria-hidden', 'true');
    ['min', 'max'].forEach(function (name) {
      if (field.hasAttribute(name)) chooser.setAttribute(name, field.getAttribute(name));
      field.removeAttribute(name);
    });
    field.type = 'text';
    field.value = toVietnamese(iso);
    field.setAttribute('inputmode', 'numeric');
    field.setAttribute('autocomplete', 'off');
    if (!field.placeholder) field.placeholder = document.body.getAttribute('data-date-placeholder') || 'dd/mm/yyyy';
    field.classList.add('date-field');

    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'btn btn-sm date-button';
    button.setAttribute('aria-label', document.body.getAttribute('data-date-choose') || '');
    button.innerHTML = '<svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">'
      + '<rect x="1.5" y="3" width="13" height="11.5" rx="1.5" fill="none" stroke="currentColor"/>'
      + '<path d="M1.5 6.5h13M5 1.5v3M11 1.5v3" stroke="currentColor"/></svg>';
    button.addEventListener('click', function () {
      chooser.value = toIso(field.value);
      if (chooser.showPicker) chooser.showPicker(); else chooser.focus();
    });
    chooser.addEventListener('change', function () {
      field.value = toVietnamese(chooser.value);
      field.dispatchEvent(new Event('change', { bubbles: true }));
    });
    // the button sits inside the field's right end: both in a wrapper that carries the field's
    // is-invalid too, so that Bootstrap still shows the message that follows it
    var wrap = document.createElement('div');
    wrap.className = 'date-wrap' + (field.classList.contains('is-invalid') ? ' is-invalid' : '');
    Array.prototype.slice.call(field.classList).filter(function (c) { return /^m[tby]-/.test(c); })
      .forEach(function (c) { field.classList.remove(c); wrap.classList.add(c); });
    field.insertAdjacentElement('beforebegin', wrap);
    wrap.appendChild(field);
    wrap.appendChild(button);
    wrap.appendChild(chooser);
  }

  function start(root) {
    (root || document).querySelectorAll('input[type=date]:not(.date-chooser)').forEach(enhance);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', function () { start(); });
  else start();
  // forms that htmx swaps in later get the same widget
  document.addEventListener('htmx:afterSwap', function (e) { start(e.target); });
})();
