// Progressive enhancement: apply a filter as soon as it is ticked. Pages work the same without it.
for (const box of document.querySelectorAll(
  'form.catalogue .facet input[type=checkbox], form.catalogue select',
)) {
  box.addEventListener('change', () => box.form.requestSubmit());
}

// A page that shows work in progress asks to be reloaded; with JavaScript it reloads itself.
const reload = document.querySelector('[data-reload]');
if (reload) setTimeout(() => location.reload(), Number(reload.dataset.reload) * 1000);
