export const MINISTRY_TEMPLATE = `<p class="as-of"><a href="/ministeries">Ministeries</a> › {{abbreviation}}</p>
<h1>Ministerie van {{name}}</h1>
<p class="as-of">Stand op <time datetime="{{asOf}}">{{asOfLong}}</time>.</p>
{{> kpis kpis}}
{{> feeds feeds}}
<p><a href="#abonneren-kop">E-mailmeldingen voor dit ministerie</a></p>
{{#if hasSets}}
{{> chart charts.[per-status]}}
{{> chart charts.[per-maand]}}
{{> chart charts.[per-vergaderjaar]}}
{{> chart charts.[per-bewindspersoon]}}
{{/if}}
{{#if change.hasYears}}<section class="on-time-change" aria-labelledby="verandering">
<h2 id="verandering">Echt sneller of trager?</h2>
{{#if change.sentence}}<p class="change-verdict"><strong>{{change.verdict}}</strong>: {{change.sentence}}</p>{{else}}<p class="legend-note">Er zijn nog geen twee vergaderjaren om te vergelijken.</p>{{/if}}
<p class="legend-note">Op tijd: beantwoord binnen de termijn die gold (ook binnen de verlengde termijn na uitstel). Open vragensets tellen als te laat zodra hun termijn voorbij is; open vragensets binnen hun termijn tellen nog niet mee. Het verschil tussen twee jaren telt als aangetoond bij een tweezijdige toets op twee proporties met p onder 0,05.</p>
{{> table tables.[op-tijd-per-vergaderjaar]}}
{{> table tables.[op-tijd-per-bewindspersoon]}}
{{> table tables.[op-tijd-per-ambtstermijn]}}
</section>{{/if}}
{{#if hasCommitmentsKept}}<section class="commitments-kept" aria-labelledby="toezeggingen-nagekomen">
<h2 id="toezeggingen-nagekomen">Toezeggingen nagekomen?</h2>
<p class="legend-note">Toezeggingen uit de antwoorden van dit ministerie en de officiële toezeggingen uit het register, elk één keer geteld (een officiële die bij een gevonden toezegging hoort, is dezelfde). Verlopen: de datum is voorbij en niet nagekomen; vertraging: dagen na de datum bij nakoming. Door griffiemedewerkers afgewezen zinnen tellen niet.</p>
{{> table tables.[toezeggingen-nagekomen]}}
</section>{{/if}}
<h2>Vragensets</h2>
<p><a href="{{overdueHref}}">Alleen de achterstallige</a> · <a href="{{allHref}}">Alle vragen van dit ministerie doorzoeken</a></p>
{{> table tables.vragen}}
{{> subscribe subscribe}}
`;
