export const BEWINDSPERSOON_TEMPLATE = `<p class="as-of"><a href="/bewindspersonen">Bewindspersonen</a> › {{name}}</p>
<h1>{{name}}</h1>
<ul class="posts">{{#each posts}}<li>{{post}} (<a href="{{ministryHref}}">{{ministry}}</a>), {{tenure}}</li>{{/each}}</ul>
<p class="lede">De vragensets van deze ambtstermijn: elke vragenset telt bij wie de aangeschreven post had toen de termijn afliep, of toen het antwoord kwam als dat eerder was. Wat een voorganger liet liggen of een opvolger erft, staat op diens pagina.</p>
<p class="as-of">Stand op <time datetime="{{asOf}}">{{asOfLong}}</time>.</p>
{{> kpis kpis}}
{{> feeds feeds}}
<p class="legend-note">Agenda, feed en e-mailmeldingen volgen de vragensets die deze naam noemen bij het ministerie van {{feedMinistry}}; de tabellen op deze pagina volgen de ambtstermijn.</p>
<p><a href="#abonneren-kop">E-mailmeldingen voor deze bewindspersoon</a></p>
<h2>Nog niet beantwoord</h2>
{{> table tables.open}}
{{#if hasSets}}{{> chart charts.[per-vergaderjaar]}}{{/if}}
<section class="on-time-change" aria-labelledby="verandering">
<h2 id="verandering">Echt sneller of trager?</h2>
{{#if sentence}}<p class="change-verdict"><strong>{{verdict}}</strong>: {{sentence}}</p>{{else}}<p class="legend-note">Er zijn nog geen twee vergaderjaren om te vergelijken.</p>{{/if}}
<p class="legend-note">Op tijd: beantwoord binnen de termijn die gold (ook binnen de verlengde termijn na uitstel). Open vragensets tellen als te laat zodra hun termijn voorbij is; open vragensets binnen hun termijn tellen nog niet mee. Het verschil tussen twee jaren telt als aangetoond bij een tweezijdige toets op twee proporties met p onder 0,05.</p>
{{> table tables.[op-tijd-per-vergaderjaar]}}
</section>
<section class="commitments-kept" aria-labelledby="toezeggingen-nagekomen">
<h2 id="toezeggingen-nagekomen">Toezeggingen nagekomen?</h2>
<p class="legend-note">Toezeggingen in de antwoorden op de vragensets van deze ambtstermijn, gedaan terwijl deze bewindspersoon in functie was. Verlopen: de datum is voorbij en niet nagekomen; vertraging: dagen na de datum bij nakoming.</p>
{{> table tables.[toezeggingen-nagekomen]}}
</section>
<h2>Alle vragensets</h2>
{{> table tables.alle}}
{{> subscribe subscribe}}
`;
