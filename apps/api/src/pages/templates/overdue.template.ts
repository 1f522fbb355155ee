export const OVERDUE_TEMPLATE = `<h1>Achterstallige Kamervragen</h1>
<p class="lede">De vragensets die niet zijn beantwoord binnen de termijn: {{norm.term}} dagen na indiening, of {{norm.extended}} dagen als er op tijd een uitstelbericht kwam. Dit is de lijst die de Kamer elke maandag publiceert, voor elke gewenste datum.</p>
<p class="as-of">Stand op <time datetime="{{asOf}}">{{asOfLong}}</time>.</p>
{{> dataExtent dataExtent}}
{{> kpis kpis}}
{{> feeds feeds}}
{{#if showChart}}{{> chart charts.[per-bewindspersoon]}}{{/if}}
<h2>Per bewindspersoon</h2>
{{#each groups}}
<section class="minister-group" aria-labelledby="minister-{{@index}}">
<h3 id="minister-{{@index}}">{{#if ministerHref}}<a href="{{ministerHref}}">{{minister}}</a>{{else}}{{minister}}{{/if}} <span class="count">({{count}})</span></h3>
{{#if ministryHref}}<p>Ministerie: <a href="{{ministryHref}}">{{ministryName}}</a></p>{{/if}}
{{> table table}}
</section>
{{else}}
{{#unless unknownAddressee}}<p class="notice">Op deze datum stond geen enkele vragenset over de termijn.</p>{{/unless}}
{{/each}}
{{#if unknownAddressee}}
<section class="minister-group" aria-labelledby="adressaat-onbekend">
<h2 id="adressaat-onbekend">Adressaat nog onbekend <span class="count">({{unknownAddressee.count}})</span></h2>
<p>{{unknownAddressee.reason}}</p>
{{> table unknownAddressee.table}}
</section>
{{/if}}
<h2>Andere datum</h2>
{{> asOfForm asOfForm}}
`;
