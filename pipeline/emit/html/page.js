// The review page's behaviour: filters, diagnostics that lead to their sentence, j/k between flags, and
// the items of the two sides of a row that match each other lit together. No labels here: they are in the page.
(() => {
  const all = (selector, root = document) => [...root.querySelectorAll(selector)]
  const rows = all('tbody tr')
  const section = document.getElementById('f-section')
  const flagged = document.getElementById('f-flagged')
  const search = document.getElementById('f-text')
  const shown = document.getElementById('f-count')
  // Case folded alike in both UIs, so that İ, I, i and ı find each other (Azerbaijani and English casing differ there).
  const fold = (text) => text.toLowerCase().replace(/i\u0307/g, 'i').replace(/ı/g, 'i')
  const folded = new Map()
  const textOf = (row) => {
    if (!folded.has(row)) folded.set(row, fold(row.textContent))
    return folded.get(row)
  }

  function applyFilters() {
    const query = fold(search.value.trim())
    let count = 0
    for (const row of rows) {
      const visible =
        (!section.value || row.dataset.section === section.value) &&
        (!flagged.checked || row.classList.contains('flagged')) &&
        (!query || textOf(row).includes(query))
      row.hidden = !visible
      if (visible) count++
    }
    for (const part of all('main section[data-section]')) part.hidden = !all('tbody tr', part).some((row) => !row.hidden)
    shown.value = `${count} / ${rows.length}`
  }
  for (const control of [section, flagged]) control.addEventListener('change', applyFilters)
  search.addEventListener('input', applyFilters)
  // The filters are no form to send (Enter in the search box would reload the page).
  document.querySelector('form.filters').addEventListener('submit', (event) => event.preventDefault())

  function activate(row) {
    if (!row) return
    if (row.hidden) {
      section.value = ''
      flagged.checked = false
      search.value = ''
      applyFilters()
    }
    for (const other of all('tr.current')) other.classList.remove('current')
    row.classList.add('current')
    row.scrollIntoView({block: 'center'})
    row.focus({preventScroll: true})
  }

  for (const button of all('#diagnostics button[data-target]')) button.addEventListener('click', () => activate(document.getElementById(button.dataset.target)))

  const rule = document.getElementById('d-rule')
  const severity = document.getElementById('d-severity')
  function filterDiagnostics() {
    for (const item of all('#d-list li')) item.hidden = (rule.value && item.dataset.rule !== rule.value) || (severity.value && item.dataset.severity !== severity.value)
  }
  rule.addEventListener('change', filterDiagnostics)
  severity.addEventListener('change', filterDiagnostics)

  // j / k: the next / previous flagged row that the filters show.
  document.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey || (event.key !== 'j' && event.key !== 'k')) return
    if (event.target.closest('input, select, textarea')) return
    const flags = rows.filter((row) => row.classList.contains('flagged') && !row.hidden)
    if (flags.length === 0) return
    event.preventDefault()
    const at = flags.indexOf(document.querySelector('tr.current'))
    const next = event.key === 'j' ? (at + 1) % flags.length : (at <= 0 ? flags.length : at) - 1
    activate(flags[next])
  })

  // The same figure, name, term or verb on both sides of a row.
  const twins = (mark, on) => {
    const row = mark.closest('tr')
    for (const other of all('mark[data-k]', row)) if (other.dataset.k === mark.dataset.k) other.classList.toggle('twin', on)
  }
  for (const type of ['mouseover', 'focusin']) document.addEventListener(type, (event) => event.target.matches?.('mark[data-k]') && twins(event.target, true))
  for (const type of ['mouseout', 'focusout']) document.addEventListener(type, (event) => event.target.matches?.('mark[data-k]') && twins(event.target, false))
  applyFilters()
})()
