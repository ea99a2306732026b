// The review page's behaviour: filters, diagnostics that lead to their sentence, j/k between flags, and
// the items of the two sides of a row that match each other lit together. No labels here: they are in the page.
(() => {
  const all = (selector, root = document) => [...root.querySelectorAll(selector)]
  const rows = all('tbody tr')
  const section = document.getElementById('f-section')
  const flagged = document.getElementById('f-flagged')
  const search = document.getElementById('f-text')
  const shown = document.getElementById('f-count')
  const rowsEmpty = document.getElementById('rows-empty')
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
    rowsEmpty.hidden = count > 0
  }
  for (const control of [section, flagged]) control.addEventListener('change', applyFilters)
  const allMarks = document.getElementById('f-marks')
  allMarks.addEventListener('change', () => document.body.classList.toggle('all-marks', allMarks.checked))
  search.addEventListener('input', applyFilters)
  // The filters are no form to send (Enter in the search box would reload the page).
  document.querySelector('form.filters').addEventListener('submit', (event) => event.preventDefault())

  // A finding's row the filters hide is shown for it, and says so; the reviewer's filters stay as they were.
  const pinnedNote = document.getElementById('diagnostics').dataset.pinned
  function activate(row) {
    if (!row) return
    for (const other of all('tr.pinned')) {
      other.classList.remove('pinned')
      other.removeAttribute('title')
      applyFilters()
    }
    if (row.hidden) {
      row.hidden = false
      row.closest('section').hidden = false
      row.classList.add('pinned')
      row.title = pinnedNote
    }
    for (const other of all('tr.current')) other.classList.remove('current')
    row.classList.add('current')
    row.scrollIntoView({block: 'center'})
    row.focus({preventScroll: true})
    // The row's findings lit in the diagnostics panel too, the first brought into its view.
    const findings = all(`#d-list button[data-target="${row.id}"]`)
    for (const other of all('#d-list button.current')) other.classList.remove('current')
    for (const finding of findings) finding.classList.add('current')
    findings[0]?.scrollIntoView({block: 'nearest'})
  }

  for (const button of all('#diagnostics button[data-target]')) button.addEventListener('click', () => activate(document.getElementById(button.dataset.target)))

  const rule = document.getElementById('d-rule')
  const severity = document.getElementById('d-severity')
  const decision = document.getElementById('d-decision')
  function filterDiagnostics() {
    let visible = 0
    for (const item of all('#d-list li')) {
      item.hidden =
        (rule.value && item.dataset.rule !== rule.value) ||
        (severity.value && item.dataset.severity !== severity.value) ||
        (decision?.value && item.dataset.decision !== decision.value)
      if (!item.hidden) visible++
    }
    const empty = document.getElementById('d-empty')
    if (empty) empty.hidden = visible > 0
  }
  rule.addEventListener('change', filterDiagnostics)
  severity.addEventListener('change', filterDiagnostics)
  decision?.addEventListener('change', filterDiagnostics)

  // A reviewer's decisions: kept in this browser while working, saved as review/<stem>.review.json, loaded back.
  const panel = document.getElementById('diagnostics')
  const stem = panel.dataset.review
  const decide = all('#d-list .decide')
  // A bead's controls, from the page's one template, in the last cell of each bead's row.
  const template = document.getElementById('bead-controls')
  const beadControls = template
    ? all('tr[data-bead]').map((row) => {
        const node = template.content.firstElementChild.cloneNode(true)
        if (row.cells[1].querySelectorAll('.s').length < 2 && row.cells[2].querySelectorAll('.s').length < 2) node.querySelector('.split').remove()
        node.querySelector('select').value = row.dataset.status ?? ''
        row.cells[3].append(node)
        return node
      })
    : []
  if (stem && decide.length + beadControls.length > 0) {
    const stored = `hesabat-review:${stem}`
    const counter = document.getElementById('r-count')
    const keyOf = (node) => node.dataset.key
    const state = (node) => ({select: node.querySelector('select'), comment: node.querySelector('input')})
    const decisions = () =>
      decide
        .filter((node) => state(node).select.value)
        .map((node) => {
          const {select, comment} = state(node)
          return {...JSON.parse(keyOf(node)), status: select.value, ...(comment.value ? {comment: comment.value} : {})}
        })
    // Beads by the texts of their sentences: the reviewer's word on a pairing, and the beads a merge or a split sets.
    const beadKey = (bead) => JSON.stringify([bead.edition, bead.partner])
    const textsOf = (cell) => all('.s', cell).map((sentence) => sentence.textContent)
    const compositionOf = (node) => {
      const row = node.closest('tr')
      return {edition: textsOf(row.cells[1]), partner: textsOf(row.cells[2])}
    }
    const beads = new Map()
    for (const node of beadControls) {
      const status = node.querySelector('select').value
      if (node.closest('tr').dataset.fixed || status) beads.set(beadKey(compositionOf(node)), {...compositionOf(node), ...(status ? {status} : {})})
    }
    const corrected = (node) => {
      node.closest('tr').classList.add('corrected')
      node.closest('tr').title = panel.dataset.corrected
    }
    // Served by `hesabat review` (over http, with its token): each change is saved straight into the review file.
    const token = location.protocol.startsWith('http') ? new URLSearchParams(location.search).get('token') : null
    let sending
    const send = () => {
      clearTimeout(sending)
      sending = setTimeout(async () => {
        const body = `${JSON.stringify(reviewFile(), null, 2)}\n`
        const answer = await fetch(`/review?token=${encodeURIComponent(token)}`, {method: 'PUT', headers: {'content-type': 'application/json'}, body}).catch(() => undefined)
        counter.dataset.saved = answer?.ok ? 'yes' : 'no'
      }, 250)
    }
    const update = (changed = true) => {
      for (const node of decide) node.closest('li').dataset.decision = state(node).select.value || 'undecided'
      counter.value = `${decisions().length} / ${decide.length}`
      filterDiagnostics()
      if (token && changed) send()
      try {
        localStorage.setItem(stored, JSON.stringify(reviewFile()))
      } catch {
        // A browser that keeps nothing for a page opened from disk: the decisions live until it is closed.
      }
    }
    const reviewFile = () => ({document: stem, decisions: decisions(), ...(beads.size > 0 ? {beads: [...beads.values()]} : {})})
    for (const node of beadControls) {
      const row = node.closest('tr')
      node.querySelector('select').addEventListener('change', (event) => {
        const composition = compositionOf(node)
        const status = event.target.value
        if (status) beads.set(beadKey(composition), {...composition, status})
        else if (node.closest('tr').dataset.fixed) beads.set(beadKey(composition), composition)
        else beads.delete(beadKey(composition))
        update()
      })
      node.querySelector('.merge').addEventListener('click', () => {
        const next = all('.bead-decide', row.closest('tbody')).find((other, at, list) => list[at - 1] === node)
        if (!next) return
        const [a, b] = [compositionOf(node), compositionOf(next)]
        beads.delete(beadKey(a))
        beads.delete(beadKey(b))
        beads.set(beadKey({edition: [...a.edition, ...b.edition], partner: [...a.partner, ...b.partner]}), {edition: [...a.edition, ...b.edition], partner: [...a.partner, ...b.partner]})
        corrected(node)
        corrected(next)
        update()
      })
      node.querySelector('.split')?.addEventListener('click', () => {
        const whole = compositionOf(node)
        beads.delete(beadKey(whole))
        const first = {edition: whole.edition.slice(0, 1), partner: whole.partner.slice(0, 1)}
        beads.set(beadKey(first), first)
        corrected(node)
        update()
      })
    }
    const apply = (list, beadList = []) => {
      for (const bead of beadList) beads.set(beadKey(bead), bead)
      for (const node of beadControls) node.querySelector('select').value = beads.get(beadKey(compositionOf(node)))?.status ?? ''
      const byKey = new Map(list.map((item) => [JSON.stringify({rule: item.rule, text: item.text, sentence: item.sentence}), item]))
      for (const node of decide) {
        const found = byKey.get(keyOf(node))
        if (!found) continue
        const {select, comment} = state(node)
        select.value = found.status
        comment.value = found.comment ?? ''
      }
      update()
    }
    try {
      // Served, the review file is the decisions' one place; from disk, what this browser kept stands.
      const kept = token ? null : JSON.parse(localStorage.getItem(stored) ?? 'null')
      if (kept && Array.isArray(kept.decisions)) apply(kept.decisions, kept.beads ?? [])
    } catch {
      // Nothing kept, or nothing readable: the decisions the page was made with stand.
    }
    for (const node of decide) for (const control of [state(node).select, state(node).comment]) control.addEventListener('change', update)
    document.getElementById('r-save').addEventListener('click', () => {
      const text = `${JSON.stringify(reviewFile(), null, 2)}\n`
      const link = document.createElement('a')
      link.href = URL.createObjectURL(new Blob([text], {type: 'application/json'}))
      link.download = `${stem}.review.json`
      link.click()
      setTimeout(() => URL.revokeObjectURL(link.href), 1000)
    })
    document.getElementById('r-file').addEventListener('change', async (event) => {
      const file = event.target.files[0]
      if (!file) return
      const review = JSON.parse(await file.text())
      if (review.document === stem && Array.isArray(review.decisions)) apply(review.decisions, review.beads ?? [])
    })
    update(false)
  }

  // One tab stop a row: the arrow keys go through its marks (each shows its English on focus), Escape back to the row.
  document.addEventListener('keydown', (event) => {
    const row = event.target.closest?.('tbody tr')
    if (!row || !['ArrowRight', 'ArrowLeft', 'Escape'].includes(event.key) || event.target.closest('select, input, button')) return
    const marks = all('mark[data-k]', row)
    if (event.key === 'Escape') {
      row.focus()
      return
    }
    if (marks.length === 0) return
    event.preventDefault()
    const at = marks.indexOf(event.target)
    const next = event.key === 'ArrowRight' ? (at + 1) % marks.length : (at <= 0 ? marks.length : at) - 1
    marks[next].focus()
  })

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
