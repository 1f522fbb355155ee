// Pieces the pages share. Each is registered once as a Handlebars partial under the key's name.
export const PARTIALS = {
  status: `<span class="status status-{{tone}}">{{label}}</span>`,

  table: `<div class="table-wrap" role="region" aria-labelledby="{{id}}-caption" tabindex="0">
<table id="tabel-{{id}}" data-table="{{id}}">
<caption id="{{id}}-caption">{{caption}}</caption>
<thead><tr>{{#each columns}}<th scope="col"{{#if className}} class="{{className}}"{{/if}}>{{label}}</th>{{/each}}</tr></thead>
<tbody>
{{#each rows}}<tr>{{#each this}}<td{{#if className}} class="{{className}}"{{/if}} data-label="{{columnLabel}}">{{#if status}}{{> status status}}{{else if href}}<a href="{{href}}">{{text}}</a>{{else if datetime}}<time datetime="{{datetime}}">{{text}}</time>{{else}}{{text}}{{/if}}</td>{{/each}}</tr>
{{else}}<tr><td class="empty" colspan="{{columns.length}}">{{emptyText}}</td></tr>
{{/each}}</tbody>
</table>
</div>
<p class="table-tools"><a href="{{csvHref}}" download>Download deze tabel als CSV</a></p>`,

  chart: `<figure class="chart" id="grafiek-{{id}}" data-chart="{{id}}">
<figcaption><h3>{{title}}</h3><p>{{description}}</p></figcaption>
<div class="chart-box" role="group" aria-label="{{title}}" tabindex="0">{{svg}}</div>
<details><summary>Toon de cijfers van deze grafiek als tabel</summary>
{{> table table}}
</details>
</figure>`,

  kpis: `<dl class="kpis">{{#each this}}<div class="kpi kpi-{{tone}}"><dt>{{label}}</dt><dd class="kpi-value">{{value}}</dd><dd class="kpi-note">{{note}}</dd></div>{{/each}}</dl>`,

  feeds: `<ul class="feed-links" aria-label="Abonneren en downloaden">{{#each this}}<li><a href="{{href}}"{{#if download}} download{{/if}}>{{label}}</a></li>{{/each}}</ul>`,

  dataExtent: `<section class="data-extent" aria-labelledby="gegevens-kop">
<h2 id="gegevens-kop" class="visually-hidden">Over de gegevens</h2>
<p>{{holds}} {{synced}}</p>
{{#if stale}}<p class="stale">{{staleText}}</p>{{/if}}
{{#if links.length}}<ul class="data-links">{{#each links}}<li><a href="{{href}}">{{text}}</a></li>{{/each}}</ul>{{/if}}
</section>`,

  subscribe: `<section class="subscribe" aria-labelledby="abonneren-kop">
<h2 id="abonneren-kop">E-mailmeldingen</h2>
<p>{{intro}}</p>
<form class="filters" method="post" action="/abonneren">
<input type="hidden" name="_csrf" value="{{token}}">
{{#each filters}}<input type="hidden" name="{{name}}" value="{{value}}">
{{/each}}<input type="hidden" name="terug" value="{{back}}">
<div class="field"><label for="abonneer-email">Uw e-mailadres</label><input id="abonneer-email" name="email" type="email" autocomplete="email" required maxlength="254"></div>
<fieldset class="choices"><legend>Stuur een melding als</legend>
{{#each rules}}<div class="choice"><input type="checkbox" id="regel-{{value}}" name="rules" value="{{value}}" checked><label for="regel-{{value}}">{{label}}</label></div>
{{/each}}</fieldset>
<div class="field"><label for="abonneer-overzicht">Overzicht per e-mail</label><select id="abonneer-overzicht" name="digest"><option value="weekly">wekelijks, op maandag</option><option value="daily">dagelijks</option><option value="none">geen overzicht</option></select></div>
<div class="actions"><button type="submit">Aanmelden</button></div>
<p class="legend-note">U krijgt eerst een e-mail met een bevestigingslink; tot u die volgt, ontvangt u niets. Elke e-mail heeft een afmeldlink.</p>
</form>
</section>`,

  asOfForm: `<form class="filters" method="get" action="{{action}}">
<fieldset><legend>Peildatum</legend>
<div class="field"><label for="asOf">Stand op</label><input id="asOf" name="asOf" type="date" value="{{asOf}}"></div>
</fieldset>
<div class="actions"><button type="submit">Toon</button>{{#each links}}<a href="{{href}}">{{label}}</a>{{/each}}</div>
</form>`,
} as const;
