export const MEMBER_TEMPLATE = `<p class="as-of"><a href="/kamerleden">Kamerleden</a> › {{name}}</p>
<h1>{{name}}{{#if party}} <span class="count">({{party}})</span>{{/if}}</h1>
<p class="lede">De schriftelijke vragen die {{name}} (mede) indiende, met hun status en termijn. Abonneer je op de termijnen in je agenda, of op een feed die meldt wanneer een vraag over de termijn gaat.</p>
<p class="as-of">Stand op <time datetime="{{asOf}}">{{asOfLong}}</time>.</p>
{{> kpis kpis}}
{{> feeds feeds}}
<p><a href="#abonneren-kop">E-mailmeldingen voor deze vragen</a></p>
<h2>Nog niet beantwoord</h2>
{{> table tables.open}}
{{#if hasSets}}
{{> chart charts.[per-status]}}
{{> chart charts.[per-bewindspersoon]}}
{{/if}}
<h2>Alle vragensets</h2>
{{> table tables.alle}}
{{> subscribe subscribe}}
`;
