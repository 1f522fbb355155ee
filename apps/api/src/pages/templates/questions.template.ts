export const QUESTIONS_TEMPLATE = `<h1>Schriftelijke vragen</h1>
<p class="lede">Alle vragensets met hun status op de peildatum. Filter op ministerie, partij, indiener of onderwerp; de agenda, de feed en de CSV volgen dezelfde filters.</p>
<form class="filters" method="get" action="/vragen" role="search" aria-label="Vragen filteren">
<fieldset><legend>Filters</legend>
<div class="field"><label for="q">Zoek in onderwerp</label><input id="q" name="q" type="search" value="{{form.q}}"></div>
<div class="field"><label for="status">Status</label><select id="status" name="status"><option value="">Alle statussen</option>{{#each form.statuses}}<option value="{{value}}"{{#if selected}} selected{{/if}}>{{label}}</option>{{/each}}</select></div>
<div class="field"><label for="ministry">Ministerie</label><select id="ministry" name="ministry"><option value="">Alle ministeries</option>{{#each form.ministries}}<option value="{{value}}"{{#if selected}} selected{{/if}}>{{label}}</option>{{/each}}</select></div>
<div class="field"><label for="minister">Bewindspersoon</label><input id="minister" name="minister" type="text" list="ministers" value="{{form.minister}}"><datalist id="ministers">{{#each form.ministers}}<option value="{{this}}"></option>{{/each}}</datalist></div>
<div class="field"><label for="party">Partij van de indiener</label><select id="party" name="party"><option value="">Alle partijen</option>{{#each form.parties}}<option value="{{value}}"{{#if selected}} selected{{/if}}>{{label}}</option>{{/each}}</select></div>
<div class="field"><label for="submitter">Indiener</label><select id="submitter" name="submitter"><option value="">Alle Kamerleden</option>{{#each form.members}}<option value="{{value}}"{{#if selected}} selected{{/if}}>{{label}}</option>{{/each}}</select></div>
<div class="field"><label for="topic">Onderwerp</label><select id="topic" name="topic"><option value="">Alle onderwerpen</option>{{#each form.topics}}<option value="{{value}}"{{#if selected}} selected{{/if}}>{{label}}</option>{{/each}}</select></div>
<div class="field"><label for="from">Ingediend vanaf</label><input id="from" name="from" type="date" value="{{form.from}}"></div>
<div class="field"><label for="to">Ingediend tot en met</label><input id="to" name="to" type="date" value="{{form.to}}"></div>
<div class="field"><label for="sort">Volgorde</label><select id="sort" name="sort">{{#each form.sorts}}<option value="{{value}}"{{#if selected}} selected{{/if}}>{{label}}</option>{{/each}}</select></div>
</fieldset>
{{#if form.asOf}}<input type="hidden" name="asOf" value="{{form.asOf}}">{{/if}}
<div class="actions"><button type="submit">Filter</button><a href="/vragen">Alle filters wissen</a></div>
</form>
<p class="result-count" role="status">{{total}} vragensets gevonden</p>
{{> feeds feeds}}
{{#if feedNote}}<p class="legend-note">{{feedNote}}</p>{{/if}}
{{> table tables.vragen}}
{{#if pager.show}}<nav class="pager" aria-label="Paginering">{{#if pager.previous}}<a href="{{pager.previous}}" rel="prev">Vorige pagina</a>{{/if}}<span>{{pager.text}}</span>{{#if pager.next}}<a href="{{pager.next}}" rel="next">Volgende pagina</a>{{/if}}</nav>{{/if}}
`;
