export const MINISTRIES_TEMPLATE = `<h1>Ministeries</h1>
<p class="lede">Per ministerie: hoeveel vragensets het kreeg en hoe snel ze werden beantwoord. Kies een ministerie voor het profiel per vergaderjaar en per bewindspersoon.</p>
<p class="as-of">Stand op <time datetime="{{asOf}}">{{asOfLong}}</time>.</p>
{{> table tables.ministeries}}
{{#if hasGroups}}{{> chart charts.[per-ministerie]}}{{/if}}
`;
