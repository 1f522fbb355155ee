export const QUESTION_DETAIL_TEMPLATE = `<p class="as-of"><a href="/vragen">Vragen</a> › Kamervraag {{id}}</p>
<h1>{{title}}</h1>
<p><span class="as-of">Stand op <time datetime="{{asOf}}">{{asOfLong}}</time>:</span> {{> status status}}</p>
{{> kpis kpis}}
<dl class="meta">
<dt>Zaak</dt><dd>{{id}}</dd>
<dt>Ingediend</dt><dd><time datetime="{{meta.submittedOn}}">{{meta.submittedOn}}</time></dd>
<dt>Termijn</dt><dd>{{meta.term}}</dd>
{{#if meta.extendedTerm}}<dt>Verlengde termijn</dt><dd>{{meta.extendedTerm}}</dd>{{/if}}
{{#if meta.officialTerm}}<dt>Termijn volgens de Kamer</dt><dd>{{meta.officialTerm}}</dd>{{/if}}
{{#if meta.answeredOn}}<dt>Beantwoord</dt><dd>{{meta.answeredOn}}</dd>{{/if}}
{{#if meta.withdrawnOn}}<dt>Ingetrokken</dt><dd>{{meta.withdrawnOn}}</dd>{{/if}}
<dt>Indieners</dt><dd>{{#each meta.submitters}}{{#if @index}}, {{/if}}<a href="{{href}}">{{name}}</a>{{#if party}} ({{party}}){{/if}}{{/each}}</dd>
{{#if meta.minister}}<dt>Bewindspersoon</dt><dd>{{#if meta.ministerHref}}<a href="{{meta.ministerHref}}">{{meta.minister}}</a>{{else}}{{meta.minister}}{{/if}}</dd>{{/if}}
{{#if meta.answeredBy.length}}<dt>Beantwoord door</dt><dd>{{#each meta.answeredBy}}{{#if @index}}; {{/if}}{{#if href}}<a href="{{href}}">{{text}}</a>{{else}}{{text}}{{/if}}{{/each}}</dd>{{/if}}
{{#if meta.ministry}}<dt>Ministerie</dt><dd><a href="{{meta.ministry.href}}">{{meta.ministry.name}}</a></dd>{{/if}}
{{#if meta.topics}}<dt>Onderwerpen</dt><dd>{{meta.topics}}</dd>{{/if}}
{{#if meta.documents.length}}<dt>Documenten</dt><dd>{{#each meta.documents}}{{#if @index}} · {{/if}}<a href="{{href}}" rel="noopener">{{label}}</a>{{/each}}</dd>{{/if}}
</dl>

{{#if forecast}}<section class="forecast" aria-labelledby="verwachting"><h2 id="verwachting">Verwachting</h2>
<p class="forecast-headline{{#unless forecast.shown}} notice{{/unless}}">{{forecast.headline}}</p>
{{#each forecast.lines}}<p class="legend-note">{{this}}</p>{{/each}}
</section>{{/if}}

{{#if showTimeline}}<h2>Tijdlijn</h2>
{{> chart charts.tijdlijn}}{{/if}}

{{#if deferrals.length}}<h2>Uitstelberichten</h2>
<ul class="qa">{{#each deferrals}}<li><h3><time datetime="{{date}}">{{dateLong}}</time>: {{verdict}}</h3><p class="legend-note">Reden: {{reason}}</p><p class="question-text">{{text}}</p></li>{{/each}}</ul>{{/if}}

<h2>Vragen en antwoorden</h2>
{{#if commitmentCount}}<p class="legend-note">Toezeggingen in de antwoorden zijn <mark class="commitment">gemarkeerd</mark>; ze staan ook in de tabel hieronder.</p>{{/if}}
<ol class="qa">
{{#each questions}}<li id="vraag-{{number}}">
<h3>Vraag {{number}}</h3>
<p class="question-text">{{text}}</p>
{{#if hasAnswer}}<p class="answer-label">Antwoord</p>
<p class="answer-text">{{#each segments}}{{#if commitment}}<mark class="commitment" title="{{commitment.label}}">{{text}}<span class="visually-hidden"> ({{commitment.label}})</span></mark>{{else}}{{text}}{{/if}}{{/each}}</p>{{else}}<p class="empty">Nog geen antwoord.</p>{{/if}}
</li>
{{/each}}</ol>

<h2>Toezeggingen</h2>
{{> table tables.toezeggingen}}
`;
