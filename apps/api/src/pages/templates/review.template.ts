// The editors' review queue. Every form posts the session's CSRF token; nothing here needs a script: the buttons,
// fields and links are native, so Tab, Enter and Space do everything, in reading order.
export const REVIEW_LOGIN_TEMPLATE = `<h1>Redactie</h1>
<p class="lede">Redacteuren beoordelen hier de toezeggingen die termijnwacht uit de antwoorden haalde. Log in met een API-sleutel (rol editor of admin; maak er een met <code>npx termijnwacht apikey create --role editor --name "uw naam"</code>).</p>
{{#if message}}<p class="notice" role="alert">{{message}}</p>{{/if}}
<form class="filters" method="post" action="/redactie/inloggen">
<input type="hidden" name="_csrf" value="{{formToken}}">
<div class="field"><label for="apiKey">API-sleutel</label><input id="apiKey" name="apiKey" type="password" autocomplete="current-password" required spellcheck="false"></div>
<div class="actions"><button type="submit">Inloggen</button></div>
</form>
<p class="legend-note">De sleutel wordt niet bewaard in de browser: na het inloggen houdt een sessiecookie (HttpOnly, SameSite=Strict) u {{hours}} uur ingelogd. Elke wijziging wordt met uw naam en het tijdstip vastgelegd.</p>
`;

export const REVIEW_TEMPLATE = `<h1>Toezeggingen beoordelen</h1>
<div class="review-bar">
<p>Ingelogd als <strong>{{who}}</strong> ({{role}}).</p>
<form method="post" action="/redactie/uitloggen"><input type="hidden" name="_csrf" value="{{csrfToken}}"><button type="submit" class="secondary">Uitloggen</button></form>
</div>
<p class="lede">De twijfelachtigste eerst: nog niet beoordeeld, dan de laagste zekerheid van de herkenning, dan zonder genoemde datum, zacht geformuleerd of zonder wie het doet. Elke wijziging komt met uw naam en het tijdstip in de geschiedenis, ook in de API (<code>GET /commitments/:id</code>).</p>
<nav class="pager" aria-label="Welke toezeggingen">{{#each scopes}}<a href="{{href}}"{{#if current}} aria-current="page"{{/if}}>{{label}}</a>{{/each}}</nav>
<p class="result-count" role="status">{{#if done}}{{done}} {{/if}}{{total}} toezeggingen in de lijst ({{shown}}status op {{asOfLong}}).</p>
<ol class="review-queue">
{{#each items}}<li id="toezegging-{{id}}" class="review-item" aria-labelledby="toezegging-{{id}}-kop">
<h2 id="toezegging-{{id}}-kop">{{position}}. Toezegging {{id}} <span class="count">{{reviewState}}</span></h2>
<blockquote class="answer-text">{{text}}</blockquote>
<dl class="meta">
<dt>Vragenset</dt><dd>{{#if setHref}}<a href="{{setHref}}">{{setLabel}}{{#if questionNumber}}, vraag {{questionNumber}}{{/if}}</a>{{else}}onbekend{{/if}}</dd>
<dt>Wie</dt><dd>{{actor}}</dd>
<dt>Uiterlijk</dt><dd>{{dueLong}} ({{dueBasis}})</dd>
<dt>Sterkte</dt><dd>{{strength}}</dd>
<dt>Status</dt><dd>{{> status status}}{{#if fulfilledBy}} met {{fulfilledBy}}{{/if}}</dd>
{{#if confidence}}<dt>Zekerheid herkenning</dt><dd>{{confidence}}</dd>{{/if}}
</dl>
<div class="review-forms">
<form method="post" action="/redactie/toezeggingen/{{id}}" aria-label="Beoordeel toezegging {{id}}">
<input type="hidden" name="_csrf" value="{{../csrfToken}}">
<div class="field"><label for="note-{{id}}">Toelichting (optioneel)</label><input id="note-{{id}}" name="note" type="text" maxlength="2000"></div>
<div class="actions"><button type="submit" name="action" value="confirm">Akkoord</button><button type="submit" name="action" value="reject" class="secondary">Afwijzen: geen toezegging</button></div>
</form>
<form method="post" action="/redactie/toezeggingen/{{id}}" aria-label="Corrigeer toezegging {{id}}">
<input type="hidden" name="_csrf" value="{{../csrfToken}}"><input type="hidden" name="action" value="correct">
<div class="field"><label for="text-{{id}}">Tekst</label><textarea id="text-{{id}}" name="text" rows="3" maxlength="5000">{{text}}</textarea></div>
<div class="field"><label for="due-{{id}}">Uiterlijk</label><input id="due-{{id}}" name="dueDate" type="date" value="{{dueDate}}"></div>
<div class="field"><label for="duetext-{{id}}">Termijn zoals genoemd</label><input id="duetext-{{id}}" name="dueText" type="text" maxlength="200" value="{{dueText}}"></div>
<div class="actions"><button type="submit">Correctie opslaan</button></div>
</form>
<form method="post" action="/redactie/toezeggingen/{{id}}" aria-label="Toezegging {{id}} nagekomen">
<input type="hidden" name="_csrf" value="{{../csrfToken}}"><input type="hidden" name="action" value="fulfil">
<div class="field"><label for="by-{{id}}">Nagekomen met (link of Kamerstuk)</label><input id="by-{{id}}" name="fulfilledBy" type="text" maxlength="500" required></div>
<div class="field"><label for="on-{{id}}">Op</label><input id="on-{{id}}" name="on" type="date"></div>
<div class="actions"><button type="submit">Markeer als nagekomen</button></div>
</form>
</div>
{{#if history.length}}<details><summary>Geschiedenis ({{history.length}})</summary><ul>{{#each history}}<li><time datetime="{{at}}">{{atText}}</time>: {{what}} door {{who}}{{#if fields}} ({{fields}}){{/if}}{{#if note}}: “{{note}}”{{/if}}</li>{{/each}}</ul></details>{{/if}}
</li>
{{else}}<li class="notice">Niets te beoordelen.</li>
{{/each}}</ol>
`;
