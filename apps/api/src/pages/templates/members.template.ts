export const MEMBERS_TEMPLATE = `<h1>Kamerleden</h1>
<p class="lede">Kies een Kamerlid voor een volglijst van de eigen vragen: wat nog open staat, hoe lang al, en wie moet antwoorden. Met een agenda (ICS) en een feed voor precies die vragen.</p>
{{> table tables.kamerleden}}
`;
