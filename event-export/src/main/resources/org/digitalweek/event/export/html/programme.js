(function () {
  'use strict';
  var form = document.getElementById('filters');
  if (!form || !form.querySelectorAll) {
    return;
  }
  var sessions = Array.prototype.slice.call(document.querySelectorAll('[data-session]'));
  var rows = Array.prototype.slice.call(document.querySelectorAll('table.grid tbody tr'));
  var status = document.getElementById('filter-status');
  var selects = Array.prototype.slice.call(form.querySelectorAll('select'));

  function matches(element, name, wanted) {
    if (!wanted) {
      return true;
    }
    var values = (element.getAttribute('data-' + name) || '').split(' ');
    return values.indexOf(wanted) >= 0;
  }

  function apply() {
    var shown = {};
    var total = {};
    sessions.forEach(function (element) {
      var visible = selects.every(function (select) {
        return matches(element, select.name, select.value);
      });
      element.hidden = !visible;
      var id = element.getAttribute('data-session');
      total[id] = true;
      if (visible) {
        shown[id] = true;
      }
    });
    rows.forEach(function (row) {
      var inRow = row.querySelectorAll('[data-session]');
      var anyShown = Array.prototype.some.call(inRow, function (element) { return !element.hidden; });
      row.hidden = inRow.length > 0 && !anyShown;
    });
    status.textContent = status.getAttribute('data-template')
      .replace('{n}', String(Object.keys(shown).length))
      .replace('{total}', String(Object.keys(total).length));
  }

  form.addEventListener('change', apply);
  form.addEventListener('submit', function (event) { event.preventDefault(); });
  document.getElementById('filter-reset').addEventListener('click', function () {
    selects.forEach(function (select) { select.value = ''; });
    apply();
  });
  form.hidden = false;
  apply();
}());
