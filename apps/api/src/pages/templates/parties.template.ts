export const PARTIES_TEMPLATE = `<h1>Partijen</h1>
<p class="lede">Hoe snel bewindspersonen de schriftelijke vragen beantwoordden die Kamerleden van elke partij stelden, per jaar van indiening. Een vragenset van Kamerleden van twee partijen telt voor beide. Op tijd: binnen {{norm.term}} dagen, of {{norm.extended}} na een tijdig uitstelbericht, van de sets waarvan de uitkomst vaststaat.</p>
<p class="as-of">Stand op <time datetime="{{asOf}}">{{asOfLong}}</time>.</p>
{{> table tables.[per-partij-per-jaar]}}
{{#if hasGroups}}{{> chart charts.[per-partij]}}{{/if}}
{{#if hasChange}}<section class="on-time-change" aria-labelledby="verandering">
<h2 id="verandering">Echt sneller of trager?</h2>
<p class="legend-note">Per vergaderjaar (september tot september): het aandeel op tijd met een 95%-interval (Wilson), en of het verschil met het vergaderjaar ervoor aangetoond is bij een tweezijdige toets op twee proporties met p onder 0,05. Open vragensets binnen hun termijn tellen nog niet mee.</p>
{{> table tables.[op-tijd-per-partij-per-vergaderjaar]}}
</section>{{/if}}
`;
