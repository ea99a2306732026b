// The comparison page's one behaviour: rows filtered by the kind of change. No labels here: they are in the page.
(() => {
  const kind = document.getElementById('f-kind')
  const shown = document.getElementById('f-count')
  const rows = [...document.querySelectorAll('tbody tr')]
  const apply = () => {
    let count = 0
    for (const row of rows) {
      row.hidden = kind.value !== '' && row.dataset.kind !== kind.value
      if (!row.hidden) count++
    }
    for (const part of document.querySelectorAll('main section[data-section]')) part.hidden = ![...part.querySelectorAll('tbody tr')].some((row) => !row.hidden)
    shown.value = `${count} / ${rows.length}`
  }
  kind.addEventListener('change', apply)
  document.querySelector('form.filters').addEventListener('submit', (event) => event.preventDefault())
  apply()
})()
