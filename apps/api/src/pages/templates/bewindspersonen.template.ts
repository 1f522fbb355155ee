export const BEWINDSPERSONEN_TEMPLATE = `<h1>Bewindspersonen</h1>
<p class="lede">Ministers en staatssecretarissen sinds 2010, met de vragensets van hun eigen ambtstermijn: elke vragenset telt bij wie de post had toen de termijn afliep (of toen het antwoord kwam, als dat eerder was). Een vragenset die een voorganger liet liggen, telt dus niet bij de opvolger.</p>
<p class="as-of">Stand op <time datetime="{{asOf}}">{{asOfLong}}</time>.</p>
{{> table tables.bewindspersonen}}
`;
