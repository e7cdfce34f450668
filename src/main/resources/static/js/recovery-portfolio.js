// The portfolio page: the slider shows its value as it moves and asks for the portfolio when let go.
(function () {
  'use strict';
  var slider = document.getElementById('budget');
  var shown = document.getElementById('budget-value');
  if (!slider) { return; }
  slider.addEventListener('input', function () { shown.textContent = slider.value; });
  slider.addEventListener('change', function () { slider.form.submit(); });
}());
