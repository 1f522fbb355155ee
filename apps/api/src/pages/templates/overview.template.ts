export const OVERVIEW_TEMPLATE = `<h1>Beantwoorden ministers Kamervragen op tijd?</h1>
<p class="lede">Een bewindspersoon moet schriftelijke vragen van Kamerleden binnen {{norm.term}} dagen beantwoorden, of binnen {{norm.extended}} dagen na een uitstelbericht. termijnwacht houdt bij hoe vaak dat lukt, per vergaderjaar, per maand en per ministerie.</p>
<p class="as-of">Stand op <time datetime="{{asOf}}">{{asOfLong}}</time>.</p>
{{> dataExtent dataExtent}}
{{> kpis kpis}}
<p><a href="{{overdueHref}}">{{overdueLinkText}}</a></p>

<h2>Per vergaderjaar</h2>
<p class="legend-note">Een vergaderjaar loopt van Prinsjesdag tot Prinsjesdag. Op tijd: beantwoord binnen de termijn die gold ({{norm.term}} dagen, of {{norm.extended}} na een tijdig uitstelbericht), gedeeld door alle vragensets waarvan de uitkomst vaststaat: beantwoord, of al over de termijn. Vragen die nog binnen hun termijn zijn tellen niet mee.</p>
{{> chart charts.[per-vergaderjaar]}}

<h2>Door de jaren heen</h2>
{{> chart charts.[per-maand]}}

<h2>Per ministerie</h2>
{{> chart charts.[per-ministerie]}}

<h2>Andere peildatum</h2>
<p class="legend-note">Elke stand is te reconstrueren: alleen wat op die datum al gebeurd was telt mee.</p>
{{> asOfForm asOfForm}}
`;
