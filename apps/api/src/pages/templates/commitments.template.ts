export const COMMITMENTS_TEMPLATE = `<h1>Toezeggingen</h1>
<p class="lede">Beloften die bewindspersonen in hun antwoorden doen: een brief sturen, de Kamer informeren, iets onderzoeken. termijnwacht haalt ze uit de antwoorden, leest de termijn (“voor de zomer”) als datum en houdt bij of ze worden nagekomen. Zonder genoemde datum geldt een standaardtermijn.</p>
<p class="as-of">Stand op <time datetime="{{asOf}}">{{asOfLong}}</time>.</p>
{{> kpis kpis}}
<form class="filters" method="get" action="/toezeggingen" role="search" aria-label="Toezeggingen filteren">
<fieldset><legend>Filters</legend>
<div class="field"><label for="status">Status</label><select id="status" name="status"><option value="">Alle</option>{{#each form.statuses}}<option value="{{value}}"{{#if selected}} selected{{/if}}>{{label}}</option>{{/each}}</select></div>
<div class="field"><label for="ministry">Ministerie</label><select id="ministry" name="ministry"><option value="">Alle ministeries</option>{{#each form.ministries}}<option value="{{value}}"{{#if selected}} selected{{/if}}>{{label}}</option>{{/each}}</select></div>
<div class="field"><label for="actor">Wie (bevat)</label><input id="actor" name="actor" type="text" value="{{form.actor}}"></div>
<div class="field"><label for="dueFrom">Uiterlijk vanaf</label><input id="dueFrom" name="dueFrom" type="date" value="{{form.dueFrom}}"></div>
<div class="field"><label for="dueTo">Uiterlijk tot en met</label><input id="dueTo" name="dueTo" type="date" value="{{form.dueTo}}"></div>
</fieldset>
{{#if form.asOf}}<input type="hidden" name="asOf" value="{{form.asOf}}">{{/if}}
<div class="actions"><button type="submit">Filter</button><a href="/toezeggingen">Alle filters wissen</a></div>
</form>
<p class="result-count" role="status">{{total}} toezeggingen gevonden</p>
{{> feeds feeds}}
{{> table tables.toezeggingen}}
`;
