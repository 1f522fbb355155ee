// The frame of every page: skip link, header with the nav, main, footer. Everything escapes ({{x}}); the page body
// and charts arrive as SafeStrings that the renderer built from escaped templates and server-side SVG.
export const LAYOUT_TEMPLATE = `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{title}} · termijnwacht</title>
<meta name="description" content="{{description}}">
<link rel="stylesheet" href="/assets/site.css">
<link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
{{#each alternates}}<link rel="alternate" type="{{type}}" title="{{title}}" href="{{href}}">
{{/each}}</head>
<body>
<a class="skip-link" href="#inhoud">Naar de inhoud</a>
<header class="site-header">
  <div class="inner">
    <a class="brand" href="/">termijnwacht</a>
    <p class="tagline">Hoe snel beantwoorden bewindspersonen schriftelijke Kamervragen?</p>
  </div>
  <nav class="site-nav inner" aria-label="Hoofdmenu">
    <ul>
    {{#each nav}}<li><a href="{{href}}"{{#if current}} aria-current="page"{{/if}}>{{label}}</a></li>
    {{/each}}</ul>
  </nav>
</header>
<main id="inhoud" class="inner" tabindex="-1">
{{content}}
</main>
<footer class="site-footer">
  <div class="inner">
    <p>De norm: een bewindspersoon beantwoordt schriftelijke vragen binnen {{policy.answerTermDays}} dagen na indiening, of binnen {{policy.totalDays}} dagen na een uitstelbericht dat op tijd is verstuurd (Reglement van Orde). Dagen zijn kalenderdagen in Nederlandse tijd.</p>
    <p>Alle tabellen zijn als CSV te downloaden; termijnen staan in een agenda (ICS) en nieuwe achterstanden in een Atom-feed. Bron: documenten van de Tweede Kamer en officielebekendmakingen.nl.</p>
  </div>
</footer>
</body>
</html>
`;
