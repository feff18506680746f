// Progressive enhancement: apply a filter as soon as it is ticked. Pages work the same without it.
for (const box of document.querySelectorAll(
  'form.catalogue .facet input[type=checkbox], form.catalogue select',
)) {
  box.addEventListener('change', () => box.form.requestSubmit());
}
