export const PARTIES_TEMPLATE = `<h1>Partijen</h1>
<p class="lede">Hoe snel bewindspersonen de schriftelijke vragen beantwoordden die Kamerleden van elke partij stelden, per jaar van indiening. Een vragenset van Kamerleden van twee partijen telt voor beide. Op tijd: binnen {{norm.term}} dagen, of {{norm.extended}} na een tijdig uitstelbericht, van de sets waarvan de uitkomst vaststaat.</p>
<p class="as-of">Stand op <time datetime="{{asOf}}">{{asOfLong}}</time>.</p>
{{> table tables.[per-partij-per-jaar]}}
{{#if hasGroups}}{{> chart charts.[per-partij]}}{{/if}}
`;
