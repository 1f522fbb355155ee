export const MINISTRY_TEMPLATE = `<p class="as-of"><a href="/ministeries">Ministeries</a> › {{abbreviation}}</p>
<h1>Ministerie van {{name}}</h1>
<p class="as-of">Stand op <time datetime="{{asOf}}">{{asOfLong}}</time>.</p>
{{> kpis kpis}}
{{> feeds feeds}}
<p><a href="#abonneren-kop">E-mailmeldingen voor dit ministerie</a></p>
{{#if hasSets}}
{{> chart charts.[per-status]}}
{{> chart charts.[per-vergaderjaar]}}
{{> chart charts.[per-bewindspersoon]}}
{{/if}}
<h2>Vragensets</h2>
<p><a href="{{overdueHref}}">Alleen de achterstallige</a> · <a href="{{allHref}}">Alle vragen van dit ministerie doorzoeken</a></p>
{{> table tables.vragen}}
{{> subscribe subscribe}}
`;
