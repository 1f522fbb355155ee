export const ERROR_TEMPLATE = `<h1>{{title}}</h1>
<p class="notice">{{message}}</p>
<p><a href="/">Naar het overzicht</a> · <a href="/vragen">Zoek in de vragen</a></p>
`;
