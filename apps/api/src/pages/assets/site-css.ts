// The site's stylesheet, served at /assets/site.css. A TypeScript string so the build needs no copy step.
// Colours are chosen for contrast (text on tinted status backgrounds ≥ 4.5:1); status is always also in words.
export const SITE_CSS = `
:root {
  --ink: #1f2933; --ink-soft: #3e4c59; --muted: #52606d; --line: #d9dee3; --paper: #ffffff; --wash: #f5f7fa;
  --accent: #1d4e89; --accent-dark: #163d6b; --focus: #f0b400;
  --good-bg: #e3f4e8; --good-ink: #17612e; --good-line: #9fd3ae;
  --info-bg: #e6f0fa; --info-ink: #1d4e89; --info-line: #a9c7ea;
  --warn-bg: #fdf1dc; --warn-ink: #7a4100; --warn-line: #f0c67a;
  --bad-bg: #fbe4e4; --bad-ink: #a11d1d; --bad-line: #eba3a3;
  --neutral-bg: #eef0f3; --neutral-ink: #3e4c59; --neutral-line: #c3cad1;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif;
  color: var(--ink); background: var(--wash); line-height: 1.5;
}
* { box-sizing: border-box; }
body { margin: 0; }
a { color: var(--accent); text-underline-offset: 2px; }
a:hover { color: var(--accent-dark); }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.skip-link { position: absolute; left: -999px; top: 0.5rem; background: var(--ink); color: #fff; padding: 0.5rem 1rem; z-index: 10; }
.skip-link:focus { left: 0.5rem; }
.site-header { background: var(--ink); color: #fff; }
.site-header .inner { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.25rem 2rem; padding: 0.9rem 1rem 0.4rem; }
.brand { color: #fff; font-weight: 700; font-size: 1.35rem; text-decoration: none; letter-spacing: 0.01em; }
.brand:hover { color: #fff; text-decoration: underline; }
.tagline { margin: 0; color: #cbd2d9; font-size: 0.95rem; }
.site-nav ul { list-style: none; margin: 0; padding: 0 1rem; display: flex; flex-wrap: wrap; gap: 0.25rem; }
.site-nav a { display: block; padding: 0.55rem 0.8rem; color: #e4e7eb; text-decoration: none; border-bottom: 3px solid transparent; font-weight: 500; }
.site-nav a:hover { color: #fff; border-bottom-color: #7b8794; }
.site-nav a[aria-current="page"] { color: #fff; border-bottom-color: var(--focus); }
.inner { max-width: 80rem; margin: 0 auto; }
main { display: block; padding: 1.5rem 1rem 3rem; }
h1 { font-size: 1.9rem; line-height: 1.2; margin: 0.2rem 0 0.4rem; }
h2 { font-size: 1.35rem; margin: 2.2rem 0 0.6rem; padding-top: 0.4rem; border-top: 1px solid var(--line); }
h3 { font-size: 1.1rem; margin: 0 0 0.25rem; }
.lede { color: var(--ink-soft); font-size: 1.05rem; max-width: 48rem; margin-top: 0; }
.as-of { color: var(--muted); margin: 0 0 1rem; }
.card { background: var(--paper); border: 1px solid var(--line); border-radius: 6px; padding: 1rem 1.2rem; margin: 1rem 0; }
.kpis { display: grid; grid-template-columns: repeat(auto-fit, minmax(13rem, 1fr)); gap: 0.8rem; margin: 1rem 0 0.5rem; padding: 0; }
.kpi { background: var(--paper); border: 1px solid var(--line); border-left: 5px solid var(--accent); border-radius: 6px; padding: 0.8rem 1rem; margin: 0; }
.kpi dt { color: var(--ink-soft); font-size: 0.92rem; }
.kpi dd { margin: 0; }
.kpi .kpi-value { font-size: 2rem; font-weight: 700; font-variant-numeric: tabular-nums; line-height: 1.15; margin-top: 0.2rem; }
.kpi .kpi-note { color: var(--muted); font-size: 0.88rem; }
.kpi-bad { border-left-color: var(--bad-ink); }
.kpi-good { border-left-color: var(--good-ink); }
.grid-2 { display: grid; grid-template-columns: repeat(auto-fit, minmax(22rem, 1fr)); gap: 1rem; }
.chart { background: var(--paper); border: 1px solid var(--line); border-radius: 6px; padding: 1rem 1.2rem; margin: 1rem 0; }
.chart figcaption p { margin: 0 0 0.6rem; color: var(--ink-soft); font-size: 0.95rem; }
.chart-box { overflow-x: auto; }
.chart-svg { max-width: 100%; height: auto; display: block; }
/* Each chart is drawn twice on the server: for a laptop and for a phone. The stylesheet shows the one that fits. */
.chart-narrow { display: none; }
details { margin-top: 0.6rem; }
summary { cursor: pointer; color: var(--accent); font-weight: 500; }
.table-wrap { overflow-x: auto; background: var(--paper); border: 1px solid var(--line); border-radius: 6px; margin: 0.6rem 0 0.3rem; }
table { border-collapse: collapse; width: 100%; font-size: 0.92rem; }
caption { text-align: left; font-weight: 600; padding: 0.6rem 0.8rem; color: var(--ink); }
th, td { text-align: left; padding: 0.5rem 0.6rem; border-top: 1px solid var(--line); vertical-align: top; }
thead th { background: var(--wash); font-size: 0.85rem; color: var(--ink-soft); border-top: 1px solid var(--line); vertical-align: bottom; }
tbody tr:nth-child(even) { background: #fafbfc; }
td.wide { min-width: 13rem; }
td:first-child > a { white-space: nowrap; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.num { white-space: nowrap; }
td time { white-space: nowrap; font-variant-numeric: tabular-nums; }
.empty { color: var(--muted); font-style: italic; }
.table-tools { margin: 0 0 1rem; font-size: 0.92rem; }
.status-lg { font-size: 1rem; padding: 0.2rem 0.8rem; }
.status { display: inline-block; padding: 0.1rem 0.55rem; border-radius: 999px; border: 1px solid; font-size: 0.85rem; font-weight: 600; white-space: nowrap; }
.status-good { background: var(--good-bg); color: var(--good-ink); border-color: var(--good-line); }
.status-info { background: var(--info-bg); color: var(--info-ink); border-color: var(--info-line); }
.status-warn { background: var(--warn-bg); color: var(--warn-ink); border-color: var(--warn-line); }
.status-bad { background: var(--bad-bg); color: var(--bad-ink); border-color: var(--bad-line); }
.status-neutral { background: var(--neutral-bg); color: var(--neutral-ink); border-color: var(--neutral-line); }
.filters { background: var(--paper); border: 1px solid var(--line); border-radius: 6px; padding: 1rem 1.2rem; margin: 1rem 0; }
.filters fieldset { border: 0; margin: 0; padding: 0; display: grid; grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr)); gap: 0.8rem 1rem; }
.filters legend { font-weight: 600; margin-bottom: 0.6rem; padding: 0; }
.field label { display: block; font-size: 0.9rem; font-weight: 600; margin-bottom: 0.2rem; }
.field input, .field select { width: 100%; padding: 0.45rem 0.5rem; font: inherit; border: 1px solid #7b8794; border-radius: 4px; background: #fff; color: var(--ink); }
.actions { display: flex; gap: 0.8rem; align-items: center; margin-top: 0.9rem; flex-wrap: wrap; }
button, .button { font: inherit; font-weight: 600; background: var(--accent); color: #fff; border: 0; border-radius: 4px; padding: 0.5rem 1.1rem; cursor: pointer; text-decoration: none; display: inline-block; }
button:hover, .button:hover { background: var(--accent-dark); color: #fff; }
.result-count { font-weight: 600; margin: 1rem 0 0.2rem; }
.feed-links { display: flex; flex-wrap: wrap; gap: 0.4rem 1.2rem; list-style: none; padding: 0; margin: 0.4rem 0 1rem; font-size: 0.95rem; }
.feed-links a { font-weight: 500; }
.pager { display: flex; gap: 1rem; align-items: center; margin: 0.8rem 0; }
.minister-group h3 { margin-top: 1.4rem; }
.minister-group .count { color: var(--muted); font-weight: 400; }
.meta { display: grid; grid-template-columns: max-content 1fr; gap: 0.3rem 1.2rem; margin: 0.8rem 0; }
.meta dt { font-weight: 600; color: var(--ink-soft); }
.meta dd { margin: 0; }
.qa { list-style: none; padding: 0; margin: 0; }
.qa > li { background: var(--paper); border: 1px solid var(--line); border-radius: 6px; padding: 0.9rem 1.1rem; margin: 0.8rem 0; }
.qa h3 { font-size: 1rem; color: var(--ink-soft); }
.question-text { margin: 0.2rem 0 0.6rem; white-space: pre-line; }
.answer-text { margin: 0; padding-left: 0.9rem; border-left: 3px solid var(--info-line); white-space: pre-line; }
.answer-label { font-weight: 600; font-size: 0.9rem; color: var(--ink-soft); margin: 0 0 0.2rem; }
mark.commitment { background: #fff3bf; color: var(--ink); padding: 0 0.1rem; border-bottom: 2px solid #c99700; }
.commitment-note { font-size: 0.88rem; color: var(--ink-soft); margin: 0.4rem 0 0; }
.legend-note { font-size: 0.9rem; color: var(--ink-soft); }
.notice { background: var(--info-bg); border: 1px solid var(--info-line); border-radius: 6px; padding: 0.7rem 1rem; }
.data-extent { background: var(--paper); border: 1px solid var(--line); border-left: 5px solid var(--info-ink); border-radius: 6px; padding: 0.6rem 1rem; margin: 0.8rem 0; }
.data-extent p { margin: 0.3rem 0; }
.data-extent .stale { color: var(--warn-ink); font-weight: 600; }
.data-links { margin: 0.3rem 0; padding-left: 1.2rem; }
button.secondary { background: #fff; color: var(--accent); border: 1px solid var(--accent); }
button.secondary:hover { background: var(--info-bg); color: var(--accent-dark); }
.field textarea { width: 100%; padding: 0.45rem 0.5rem; font: inherit; border: 1px solid #7b8794; border-radius: 4px; }
.review-bar { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: center; }
.review-bar p { margin: 0; }
.review-queue { list-style: none; padding: 0; margin: 0; }
.review-item { background: var(--paper); border: 1px solid var(--line); border-radius: 6px; padding: 0.9rem 1.1rem; margin: 1rem 0; }
.review-item h2 { border-top: 0; margin-top: 0; font-size: 1.15rem; }
.review-item blockquote { margin: 0.4rem 0 0.6rem; }
.review-forms { display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: 0.8rem 1.2rem; }
.review-forms form { border-top: 1px solid var(--line); padding-top: 0.6rem; }
.pager a[aria-current="page"] { font-weight: 700; text-decoration: none; color: var(--ink); }
code { overflow-wrap: anywhere; }
.choices { border: 0; margin: 0.6rem 0; padding: 0; }
.choices legend { font-weight: 600; font-size: 0.9rem; margin-bottom: 0.3rem; }
.choice { display: flex; gap: 0.5rem; align-items: flex-start; margin: 0.2rem 0; }
.choice input { margin-top: 0.3rem; }
.subscribe .filters { max-width: 40rem; }
.site-footer { border-top: 1px solid var(--line); background: var(--paper); color: var(--ink-soft); font-size: 0.92rem; }
.site-footer .inner { padding: 1.2rem 1rem 2rem; }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
main { overflow-wrap: anywhere; }
@media (max-width: 56rem) {
  .chart-wide { display: none; }
  .chart-narrow { display: block; }
}
@media (max-width: 40rem) {
  h1 { font-size: 1.5rem; }
  main { padding: 1rem 0.75rem 2rem; }
  .meta { grid-template-columns: 1fr; }
  .kpi .kpi-value { font-size: 1.6rem; }
  .chart { padding: 0.75rem 0.5rem; }
  .chart-box { overflow-x: visible; }
  /* On a phone every row of a list is a card: each value under its column's name, nothing scrolls sideways. */
  .table-wrap { overflow-x: visible; background: none; border: 0; }
  .table-wrap table, .table-wrap tbody, .table-wrap tr, .table-wrap td { display: block; width: 100%; }
  .table-wrap caption { display: block; padding: 0.3rem 0; }
  .table-wrap thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  .table-wrap tbody tr, .table-wrap tbody tr:nth-child(even) { background: var(--paper); border: 1px solid var(--line); border-radius: 6px; margin: 0 0 0.6rem; padding: 0.4rem 0.7rem; }
  .table-wrap td { display: grid; grid-template-columns: minmax(6.5rem, 38%) 1fr; gap: 0.6rem; border: 0; padding: 0.2rem 0; text-align: left; }
  .table-wrap td::before { content: attr(data-label); font-weight: 600; font-size: 0.85rem; color: var(--ink-soft); }
  .table-wrap td.num { text-align: left; }
  .table-wrap td:empty { display: none; }
  .table-wrap td.empty { display: block; }
  .table-wrap td.empty::before { content: none; }
  .table-wrap td.wide { min-width: 0; }
  td:first-child > a { white-space: normal; }
}
@media print {
  .site-nav, .filters, .table-tools, .feed-links, .skip-link { display: none; }
  body { background: #fff; }
}
`;
